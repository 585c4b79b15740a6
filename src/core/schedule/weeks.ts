import { addDays, isoWeekLabel, mondayOf, weekLabel } from './dates.ts';
import type { ResolvedMilestone, ResolvedRelease } from './types.ts';

/** One row of a release's week-by-week schedule. */
export interface ScheduleWeek {
  /** Monday of the week (YYYY-MM-DD). */
  weekStart: string;
  /** Sunday of the week. */
  weekEnd: string;
  /** Weeks from the release week: -5 for "R-5". */
  week: number;
  /** "R-5", "R-0" for the release week, "R+1" after it; the ISO week ("2027-W04") for a release without a release date. */
  label: string;
  /** Every milestone of the week, in date order. */
  milestones: ResolvedMilestone[];
  /** Deadlines every project must meet. */
  crossProject: ResolvedMilestone[];
  /** Events of one project only. */
  projectSpecific: ResolvedMilestone[];
  /** True for the week that contains the clock's today, when `today` was given. */
  current: boolean;
}

/**
 * The release page's schedule table, as OpenStack publishes it: one row per
 * week from the week of the first milestone to the release week (and on to
 * the last milestone when some follow the release), empty weeks included so
 * that the table shows how much time is left between deadlines.
 */
export function scheduleWeeks(release: Pick<ResolvedRelease, 'milestones' | 'releaseDate'>, today?: string): ScheduleWeek[] {
  const { milestones } = release;
  if (milestones.length === 0) return [];
  const dates = milestones.map((m) => m.date).sort();
  const first = mondayOf(dates[0]!);
  const last = mondayOf([dates.at(-1)!, release.releaseDate ?? dates.at(-1)!].sort().at(-1)!);
  // Week numbers come from the milestones, which were counted from the release week.
  const firstWeek = milestones.find((m) => mondayOf(m.date) === first)!.week;
  const currentWeek = today === undefined ? undefined : mondayOf(today);

  const weeks: ScheduleWeek[] = [];
  for (let weekStart = first, week = firstWeek; weekStart <= last; weekStart = addDays(weekStart, 7), week++) {
    const weekEnd = addDays(weekStart, 6);
    const inWeek = milestones.filter((m) => m.date >= weekStart && m.date <= weekEnd);
    weeks.push({
      weekStart,
      weekEnd,
      week,
      label: release.releaseDate ? weekLabel(week) : isoWeekLabel(weekStart),
      milestones: inWeek,
      crossProject: inWeek.filter((m) => m.scope === 'cross-project'),
      projectSpecific: inWeek.filter((m) => m.scope === 'project'),
      current: weekStart === currentWeek,
    });
  }
  return weeks;
}
