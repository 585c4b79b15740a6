import type { APIRoute, GetStaticPaths } from 'astro';
import type { ResolvedRelease } from '../../core/schedule/types.ts';
import { calendarResponse } from '../../site/calendar.ts';
import { getPortal } from '../../site/portal.ts';

export const getStaticPaths = (async () => {
  const { releases } = await getPortal();
  return releases.map((release) => ({ params: { id: release.id }, props: { release } }));
}) satisfies GetStaticPaths;

/** One release's schedule. */
export const GET: APIRoute<{ release: ResolvedRelease }> = ({ props }) => calendarResponse(props.release.data.name, [props.release]);
