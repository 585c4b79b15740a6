import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, combinedCalendars } from '../../site/calendar.ts';

export const getStaticPaths = (async () =>
  (await combinedCalendars()).map((calendar) => ({ params: { id: calendar.id }, props: { calendar } }))) satisfies GetStaticPaths;

/** A combined calendar of several releases. */
export const GET: APIRoute = ({ props }) => calendarResponse(props.calendar.name, props.calendar.releases);
