import { isTimeZone } from '../schemas/portal.ts';

/**
 * Turning a wall-clock deadline ("2026-03-05 23:59 in Europe/Paris") into
 * the instant it names, with the runtime's own time-zone database (Intl):
 * no hand-kept table of offsets to go stale.
 */

/**
 * "Anywhere on Earth": a deadline that has not passed while it is still that
 * day somewhere, i.e. UTC-12 all year. Conferences and Kubernetes use it.
 */
export const anywhereOnEarth = 'AoE';

/** True for the zone names a milestone may use: IANA names, "UTC" and "AoE". */
export const isDeadlineZone = (zone: string): boolean => zone === anywhereOnEarth || isTimeZone(zone);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of `instant` in `zone`. */
function wallClock(instant: number, zone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const fields = Object.fromEntries(
    formatterFor(zone).formatToParts(instant).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]),
  );
  return fields as ReturnType<typeof wallClock>;
}

/** Milliseconds the zone's clocks are ahead of UTC at `instant` (+3_600_000 for Paris in winter). */
export function zoneOffset(instant: number, zone: string): number {
  if (zone === anywhereOnEarth) return -12 * 3_600_000;
  const w = wallClock(instant, zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
}

/** The calendar date (YYYY-MM-DD) that `instant` falls on in `zone`. */
export function dateIn(instant: number, zone: string): string {
  return new Date(instant + zoneOffset(instant, zone)).toISOString().slice(0, 10);
}

/**
 * The instant at which clocks in `zone` show `date` `time`, as an ISO string
 * in UTC. Around a change of offset it behaves like Temporal's "compatible"
 * choice: a time skipped by a spring-forward change is moved forward by the
 * gap (02:30 becomes 03:30), and a time repeated by a fall-back change means
 * its first occurrence.
 */
export function zonedDeadline(date: string, time: string, zone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const local = Date.UTC(year, month - 1, day, hour, minute);
  // Offsets a day either side of the wall time: every real zone has at most
  // one change of offset within that window.
  const before = zoneOffset(local - 86_400_000, zone);
  const after = zoneOffset(local + 86_400_000, zone);
  const valid = [before, after].filter((offset) => zoneOffset(local - offset, zone) === offset);
  const offset = valid.length ? Math.max(...valid) : before;
  return new Date(local - offset).toISOString().replace('.000Z', 'Z');
}
