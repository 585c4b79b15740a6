import type { NextPhase } from './schedule/status.ts';
import { statusText } from './state-words.ts';

/**
 * Month and weekday names are written out rather than asked of Intl: ICU's
 * British English abbreviates September as "Sept", and its names have
 * changed between ICU releases, so a page would read differently with
 * another Node.
 */
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const weekdayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "2026-03-05" → "Thu 5 Mar 2026". Calendar dates are read in UTC so they never shift a day. */
export function formatDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  return `${weekdayNames[day.getUTCDay()]} ${day.getUTCDate()} ${monthNames[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant shown in a given zone, with the zone's short name: "5 Mar 2026, 23:59 GMT+1". */
export function formatInstant(iso: string, timeZone: string): string {
  let format = instantFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone, timeZoneName: 'short',
    });
    instantFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${Number(parts.day)} ${monthNames[Number(parts.month) - 1]} ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

/** An instant as "2026-11-22 05:00 UTC": promotion evidence is compared across labs, so one zone for all. */
export function formatUtc(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Whole days as words: "today", "tomorrow", "in 12 days", "3 days ago". */
export function describeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/**
 * A span of time as a reader says it, to the minute under two days and to
 * the hour beyond: "45 min", "5 h 30 min", "3 days 4 h".
 */
export function describeSpan(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} days ${hours % 24} h` : `${days} days`;
}

/** How long a waiver has left, from the days to its last day: "12 days left", "last day today", "ended 4 days ago". */
export function describeDaysLeft(daysLeft: number): string {
  if (daysLeft < 0) return `ended ${describeDays(daysLeft)}`;
  if (daysLeft === 0) return 'last day today';
  return daysLeft === 1 ? '1 day left' : `${daysLeft} days left`;
}

export const releaseTypeText: Record<'ga' | 'maintenance' | 'latest', string> = {
  ga: 'General availability',
  maintenance: 'Maintenance release',
  latest: 'Latest (unsupported, for feedback)',
};

/** Release types inside a sentence ("qualifies GA, maintenance releases"). */
export const releaseTypeWord: Record<'ga' | 'maintenance' | 'latest', string> = { ga: 'GA', maintenance: 'maintenance', latest: 'latest' };

/** A threshold as a sentence, for level policies. */
export function describeThreshold(threshold: { kind: string; min?: number; runs?: number; k?: number; n?: number; max?: number }): string {
  switch (threshold.kind) {
    case 'pass-rate': return `at least ${threshold.min}% of test cases pass`;
    case 'min-runs': return `at least ${threshold.runs} passing runs`;
    case 'k-of-last-n': return `${threshold.k} of the last ${threshold.n} runs pass`;
    case 'max-flaky': return `passes with at most ${threshold.max}% flaky test cases`;
    default: return 'the latest run passes';
  }
}

/** How the start of a release's next phase reads: "Maintenance ends after Thu 13 May 2027" reads better than a bare status. */
export function describePhase(phase: NextPhase): string {
  const day = formatDay(phase.date);
  switch (phase.status) {
    case 'in-development': return `Development starts ${day}`;
    // The release day itself is still a development day: name it, then the day the phase starts.
    case 'maintained': return phase.releaseDay ? `Released ${formatDay(phase.releaseDay)}; maintained from ${day}` : `Maintained from ${day}`;
    case 'released': return phase.supportUnset ? `Released ${formatDay(phase.releaseDay ?? phase.date)}; maintenance and end of life not set yet` : `Supported without fixes from ${day}`;
    case 'end-of-life': return `End of life from ${day}`;
    default: return `${statusText[phase.status].label} from ${day}`;
  }
}
