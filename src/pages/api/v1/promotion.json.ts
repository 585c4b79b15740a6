import type { APIRoute } from 'astro';
import { promotionDocument } from '../../../core/publish/promotion-api.ts';
import { json } from '../../../site/api.ts';
import { siteRoot } from '../../../site/paths.ts';
import { getPortal } from '../../../site/portal.ts';

export const GET: APIRoute = async () => json(promotionDocument(await getPortal(), siteRoot()));
