import type { APIRoute } from 'astro';
import { renderAtomFeed } from '../core/publish/feed.ts';
import { siteRoot } from '../site/paths.ts';
import { getPortal } from '../site/portal.ts';

/** Atom feed of shipped releases and reached milestones. */
export const GET: APIRoute = async () =>
  new Response(renderAtomFeed(await getPortal(), siteRoot()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
