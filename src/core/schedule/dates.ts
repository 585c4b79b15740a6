import { weekdays } from '../schemas/releases.ts';

/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings. A schedule date is a day, not
 * an instant: it is turned into a count of days since 1970-01-01 on the UTC
 * calendar, shifted, and written back. No local time zone and no daylight
 * saving change can move it, because UTC days are all 24 hours long.
 */

const dayMs = 86_400_000;

/** Days since 1970-01-01 for a calendar date (which the schema has already checked). */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / dayMs;
}

/** The calendar date `days` days after 1970-01-01. */
export function fromDayNumber(days: number): string {
  return new Date(days * dayMs).toISOString().slice(0, 10);
}

export const addDays = (date: string, days: number): string => fromDayNumber(dayNumber(date) + days);

/** Whole days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** 0 for Monday … 6 for Sunday: schedules count weeks from Monday, as ISO 8601 does. */
export function weekdayIndex(date: string): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

/** The Monday of the week `date` falls in. */
export const mondayOf = (date: string): string => addDays(date, -weekdayIndex(date));

/** The day of the week `date` falls in that is `weekday` ("thursday"). */
export const dayOfWeek = (date: string, weekday: (typeof weekdays)[number]): string =>
  addDays(mondayOf(date), weekdays.indexOf(weekday));

const isWeekend = (date: string): boolean => weekdayIndex(date) >= 5;

/**
 * Moves `count` working days (Monday to Friday) forwards, or backwards when
 * negative. Starting on a weekend, the first step lands on the nearest working
 * day in that direction (+1 weekday from Saturday is Monday).
 */
export function addWeekdays(date: string, count: number): string {
  const step = Math.sign(count);
  let current = date;
  let left = Math.abs(count);
  if (left > 0 && isWeekend(current)) {
    while (isWeekend(current)) current = addDays(current, step);
    left -= 1;
  }
  // From a working day, five working days are always seven calendar days.
  current = addDays(current, Math.floor(left / 5) * 7 * step);
  left %= 5;
  while (left > 0) {
    current = addDays(current, step);
    if (!isWeekend(current)) left -= 1;
  }
  return current;
}

/**
 * The same day `months` months later, clamped to the end of a shorter month
 * (2026-08-31 + 6 months is 2027-02-28).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** A shift written in a schedule: "-6w", "+3d", "-2 weekdays". */
export interface Offset {
  amount: number;
  unit: 'days' | 'weeks' | 'weekdays';
}

/** Reads an offset the schema has accepted (`offsetPattern`); undefined for anything else. */
export function parseOffset(text: string): Offset | undefined {
  const match = /^([+-])\s*(\d+)\s*(d|w|days?|weeks?|weekdays?)$/.exec(text.trim());
  if (!match) return undefined;
  const amount = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  const unit = match[3]!.startsWith('weekday') ? 'weekdays' : match[3]!.startsWith('w') ? 'weeks' : 'days';
  return { amount, unit };
}

/** Applies an offset to a calendar date. */
export function applyOffset(date: string, { amount, unit }: Offset): string {
  if (unit === 'weekdays') return addWeekdays(date, amount);
  return addDays(date, unit === 'weeks' ? amount * 7 : amount);
}

/** "R-5", "R-0", "R+2": how release-relative weeks are named on schedule pages. */
export const weekLabel = (week: number): string => (week > 0 ? `R+${week}` : `R-${-week}`);

/**
 * "2027-W04": the ISO 8601 week of a date, which names the weeks of a release
 * that has no release week to count from (a "latest" stream).
 */
export function isoWeekLabel(date: string): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(mondayOf(date), 3);
  const year = thursday.slice(0, 4);
  const week = daysBetween(`${year}-01-01`, thursday) / 7;
  return `${year}-W${String(Math.floor(week) + 1).padStart(2, '0')}`;
}

/** Reads "R-5" / "R+2" into a week number relative to the release week. */
export function parseWeekLabel(label: string): number | undefined {
  const match = /^R([-+])(\d+)$/.exec(label);
  return match ? Number(match[2]) * (match[1] === '-' ? -1 : 1) : undefined;
}

/** Weeks from the release week to the week of `date` (Monday-based). */
export const weekRelativeTo = (date: string, releaseDate: string): number =>
  daysBetween(mondayOf(releaseDate), mondayOf(date)) / 7;
