import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse } from '../site/calendar.ts';
import { getPortal } from '../site/portal.ts';

/** calendar.ics and calendar/<id>.ics: the calendars of several releases, those that hold one. */
export const getStaticPaths = (async () =>
  (await getPortal()).calendars.offered.map((calendar) => ({ params: { calendar: calendar.path.replace(/\.ics$/, '') }, props: { calendar } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => calendarResponse(props.calendar.name, props.calendar.releases);
