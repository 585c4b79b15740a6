import { milestoneEvents, renderCalendar } from '../core/publish/calendar.ts';
import type { ResolvedRelease } from '../core/schedule/types.ts';
import { siteRoot } from './paths.ts';
import { getPortal } from './portal.ts';

/** An .ics response for some releases; `project` narrows it to one project's view. */
export async function calendarResponse(name: string, releases: readonly ResolvedRelease[], project?: string): Promise<Response> {
  const { portal, clock } = await getPortal();
  const events = milestoneEvents(releases, siteRoot(), portal.timezone, project);
  const body = renderCalendar(events, {
    name: `${portal.name}: ${name}`,
    description: `Release milestones of ${portal.name}: ${name}`,
    clock,
    reminders: portal.calendar.reminders,
    timezone: portal.timezone,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

