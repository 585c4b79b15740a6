import { z } from 'zod';

/**
 * Identifiers are file names and URL segments, so they are kept to lower-case
 * words joined by hyphens: stable in links, calendars and the JSON API.
 */
export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    error: 'must be lower-case letters, digits, ".", "_" or "-" (e.g. "release-manager")',
  });

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Calendar dates stay strings ("2026-03-05") end to end: a date in a release
 * schedule is a day, not an instant, and must not shift with the reader's zone.
 */
export const calendarDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  // "next week" or "5 March 2026" is written in another form; "2026-02-30" is no day at all.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD (e.g. "2026-03-05")', abort: true })
  .refine(isCalendarDate, { error: 'is not a real calendar date (YYYY-MM-DD)' });

/**
 * An absolute http(s) URL: a host name, IPv4 or [IPv6] address, an optional
 * port, then path, query and fragment without spaces, control characters or
 * backslashes. A pattern rather than `z.url()`, so that the exported JSON
 * Schema states exactly what is accepted, and the compiled validator checks
 * the URLs of 200,000 results natively instead of calling `new URL` on each.
 */
export const httpUrl = z
  .string()
  .regex(/^https?:\/\/(?:[A-Za-z0-9][A-Za-z0-9_.-]*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:[/?#][^\u0000-\u0020\u007f\\]*)?$/, {
    error: 'must be an absolute http(s) URL, with no spaces (e.g. "https://ci.example.org/job/42/")',
  });

/** A point in time with its offset, as CI systems write it (ISO 8601). */
export const timestamp = z.iso.datetime({ offset: true, local: true, error: 'must be an ISO 8601 date-time (e.g. "2026-11-22T05:00:00Z")' });

/**
 * A name a machine wrote (a test case, a version): anything not blank, kept
 * as written. Result files hold hundreds of thousands of them, checked as a
 * plain pattern; hand-written text uses `text`, which trims.
 */
export const label = z.string().regex(/\S/, { error: 'must not be blank' });

/** Free text shown on pages; never interpreted as HTML. */
export const text = z.string().trim().min(1, { error: 'must not be empty' });
