import type { MilestoneStatus, ReleaseStatus } from './schedule/types.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2026-03-05" → "Thu 5 Mar 2026". Calendar dates are formatted in UTC so they never shift a day. */
export function formatDay(date: string): string {
  const parts = Object.fromEntries(dayFormat.formatToParts(new Date(`${date}T00:00:00Z`)).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

/** An instant shown in a given zone, with the zone's short name: "5 Mar 2026, 23:59 GMT+1". */
export function formatInstant(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short',
  }).format(new Date(iso));
}

/** Whole days as words: "today", "tomorrow", "in 12 days", "3 days ago". */
export function describeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** Words and a tone for each status: pages show the words, the tone only adds colour. */
export const statusText: Record<MilestoneStatus | ReleaseStatus, { label: string; tone: 'ok' | 'warn' | 'bad' | 'info' }> = {
  done: { label: 'Done', tone: 'ok' },
  'due-this-week': { label: 'Due this week', tone: 'warn' },
  upcoming: { label: 'Upcoming', tone: 'info' },
  overdue: { label: 'Overdue', tone: 'bad' },
  planned: { label: 'Planned', tone: 'info' },
  'in-development': { label: 'In development', tone: 'warn' },
  released: { label: 'Released', tone: 'ok' },
  maintained: { label: 'Maintained', tone: 'ok' },
  'end-of-life': { label: 'End of life', tone: 'info' },
};

export const releaseTypeText: Record<'ga' | 'maintenance' | 'latest', string> = {
  ga: 'General availability',
  maintenance: 'Maintenance release',
  latest: 'Latest (unsupported, for feedback)',
};
