import type { Clock } from './types.ts';
import { dateIn } from './zones.ts';

export interface ClockOptions {
  /** The portal's time zone: "today" is the date there, not on the build machine. */
  timezone: string;
  /** Where SOURCE_DATE_EPOCH is read from (process.env in scripts, a plain object in tests). */
  env?: Record<string, string | undefined>;
  /** A fixed instant (ms since the epoch or an ISO string), for tests and previews. */
  now?: number | string;
}

/**
 * The one "now" that every status, countdown, calendar stamp and feed date is
 * computed against. SOURCE_DATE_EPOCH (seconds since 1970-01-01 UTC, the
 * reproducible-builds convention) wins, so that two builds of the same
 * content at different times give the same pages; without it, the build time.
 *
 * Throws when SOURCE_DATE_EPOCH is set but is not a whole number of seconds:
 * silently falling back to the build time would hide a broken reproducible
 * build. The message names the variable and what it must hold.
 */
export function createClock({ timezone, env = process.env, now }: ClockOptions): Clock {
  if (now !== undefined) {
    const instant = typeof now === 'number' ? now : Date.parse(now);
    if (Number.isNaN(instant)) throw new Error(`the fixed clock time "${now}" is not an ISO 8601 date-time`);
    return { now: instant, today: dateIn(instant, timezone), source: 'fixed' };
  }
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) {
      throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC (e.g. 1772668800), not "${epoch}"`);
    }
    const instant = Number(epoch) * 1000;
    return { now: instant, today: dateIn(instant, timezone), source: 'SOURCE_DATE_EPOCH' };
  }
  const instant = Date.now();
  return { now: instant, today: dateIn(instant, timezone), source: 'build-time' };
}
