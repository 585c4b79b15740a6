import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { formatInstant } from '../format.ts';
import { byCodeUnit } from '../order.ts';
import type { Clock, ResolvedRelease } from '../schedule/types.ts';
import { inCalendarOf } from './calendar-scope.ts';
import { eventUid } from './event-uid.ts';
import { alarmsLast, escapeText } from './ics-text.ts';

/** One calendar entry: a milestone of a release, as a whole-day event. */
export interface CalendarEvent {
  /** Stable across rebuilds, so subscribed calendars update instead of duplicating. */
  uid: string;
  day: string;
  summary: string;
  description: string;
  url: string;
  /** An estimated date is a tentative event: calendar applications show it as such. */
  estimated: boolean;
}

export interface CalendarOptions {
  name: string;
  description: string;
  clock: Clock;
  /** ISO 8601 durations before the event ("-P1D"), from portal.yaml. */
  reminders: readonly string[];
  timezone: string;
}

/**
 * The events of some releases' schedules. A project's calendar passes
 * `project` to keep the cross-project milestones and its own, not others'.
 */
export function milestoneEvents(releases: readonly ResolvedRelease[], site: URL, timezone: string, project?: string): CalendarEvent[] {
  return releases.flatMap((release) =>
    release.milestones
      .filter((m) => inCalendarOf(m, project))
      .map((m) => {
        const lines = [
          m.description,
          m.deadline && `Deadline: ${formatInstant(m.deadline, timezone)} (${formatInstant(m.deadline, 'UTC')})`,
          m.estimated ? 'This date is an estimate.' : undefined,
          m.checklist.length ? `Checklist:\n${m.checklist.map((item) => `- ${item}`).join('\n')}` : undefined,
        ];
        return {
          uid: eventUid(release.id, m.id, site.host),
          day: m.date,
          summary: `${release.data.name}: ${m.title}${m.estimated ? ' (estimated)' : ''}`,
          description: lines.filter(Boolean).join('\n\n'),
          url: new URL(`releases/${release.id}/#milestone-${m.id}`, site).href,
          estimated: m.estimated,
        };
      }),
  );
}

/**
 * Renders an RFC 5545 calendar. Milestones are whole days (DTEND is the day
 * after); DTSTAMP comes from the build clock so that two builds with the same
 * SOURCE_DATE_EPOCH write the same bytes. Each build is a revision of every
 * event (`revision`): the portal keeps no history of a milestone's dates, and
 * some clients (Google Calendar) keep an event whose SEQUENCE did not rise,
 * moved date and all.
 */
export function renderCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = ical({
    // ical-generator writes these two as they are, unlike event text.
    name: escapeText(options.name),
    description: escapeText(options.description),
    prodId: { company: 'Tollgate', product: 'release-portal', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60 * 12,
  });
  const stamp = new Date(options.clock.now);
  for (const event of [...events].sort((a, b) => byCodeUnit(a.day, b.day) || byCodeUnit(a.uid, b.uid))) {
    calendar.createEvent({
      id: event.uid,
      start: utcMidnight(event.day),
      end: utcMidnight(event.day, 1),
      allDay: true,
      stamp,
      sequence: revision(options.clock),
      lastModified: stamp,
      summary: event.summary,
      description: event.description,
      url: event.url,
      status: event.estimated ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      // A deadline is not a meeting: it must not show its subscribers as busy all day.
      transparency: ICalEventTransparency.TRANSPARENT,
      alarms: options.reminders.map((trigger) => ({
        type: ICalAlarmType.display,
        trigger: durationSeconds(trigger),
        description: event.summary,
      })),
    });
  }
  // RFC 5545 ends every content line, the last one included, with CRLF.
  return alarmsLast(calendar.toString()).replace(/\r?\n?$/, '\r\n');
}

/**
 * The SEQUENCE of every event: whole minutes of the build clock since 1970.
 * It rises with each later build (SOURCE_DATE_EPOCH set to the commit time
 * rises with each commit) and stays an RFC 5545 INTEGER (below 2^31) for
 * thousands of years, which seconds would not be after 2038.
 */
export const revision = (clock: Pick<Clock, 'now'>): number => Math.floor(clock.now / 60_000);

function utcMidnight(day: string, plusDays = 0): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
}

/** "-P1D" → 86400: seconds before the event, as ical-generator's trigger wants them. */
export function durationSeconds(duration: string): number {
  const match = /^-?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration);
  if (!match) throw new Error(`not an ISO 8601 duration: ${duration}`);
  const [weeks, days, hours, minutes] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number];
  return ((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60;
}
