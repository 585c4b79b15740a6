import type { Milestone, Release } from '../schemas/releases.ts';
import { didYouMean } from '../validate/rules/helpers.ts';
import { addDays, applyOffset, dayOfWeek, mondayOf, parseOffset, parseWeekLabel } from './dates.ts';
import { deadlineOf } from './deadlines.ts';
import { lifecycleProblems } from './lifecycle-checks.ts';

/** A problem in one release's schedule, located by its path inside the release file. */
export interface ScheduleProblem {
  path: PropertyKey[];
  rule: 'schedule-reference' | 'schedule-cycle' | 'schedule-week' | 'schedule-timezone' | 'schedule-release' | 'release-lifecycle';
  message: string;
  hint: string;
  severity: 'error' | 'warning';
}

/** The date worked out for one milestone, before any clock is involved. */
export interface MilestoneDate {
  /** Position of the milestone in the file, for messages and stable ordering. */
  index: number;
  date: string;
  /** The exact deadline instant (ISO 8601, UTC) when the milestone has a `time`. */
  deadline?: string;
  /** Estimated when written so, or when dated from an estimated milestone: it moves with it. */
  estimated: boolean;
  /** How the date was written: "2026-03-05", "-6w from feature-freeze", "R-5". */
  rule: string;
}

export interface ResolvedSchedule {
  /** One entry per milestone, in file order; undefined where the date could not be worked out. */
  dates: (MilestoneDate | undefined)[];
  /** Date of the milestone of kind "release" (the latest when there are several). */
  releaseDate?: string;
  problems: ScheduleProblem[];
}

export interface ResolveOptions {
  /** Zone for a `time` written without `timezone`: the portal's. */
  timezone?: string;
}

/**
 * Works out every milestone's date. Milestones may be written in any order
 * and refer to each other (`after`) or to the release week (`week: R-5`), so
 * this is a walk of the dependency graph: a cycle, an unknown reference or a
 * week with no release milestone to count from becomes a problem at the
 * field that causes it, and the milestones that depend on it are left
 * unresolved rather than guessed. Never throws.
 */
export function resolveSchedule(release: Release, { timezone = 'UTC' }: ResolveOptions = {}): ResolvedSchedule {
  const { milestones } = release;
  const problems: ScheduleProblem[] = [];
  const firstIndex = new Map<string, number>();
  milestones.forEach((m, i) => { if (!firstIndex.has(m.id)) firstIndex.set(m.id, i); });
  const releaseIndexes = milestones.flatMap((m, i) => (m.kind === 'release' ? [i] : []));
  // Only a "latest" stream ships without a release day; a GA or maintenance
  // release without one would never be released on any page or calendar.
  // A `week:` milestone already says so, as an error.
  if (releaseIndexes.length === 0 && release.type !== 'latest' && milestones.every((m) => m.week === undefined)) {
    problems.push({
      path: ['milestones'], rule: 'schedule-release', severity: 'warning',
      message: `this ${release.type === 'ga' ? 'GA' : 'maintenance'} release has no milestone of kind "release", so it has no release date and stays "in development"`,
      hint: 'add the release milestone (`kind: release` with a `date`, `estimated: true` while it is not confirmed), or use `type: latest` for a rolling stream',
    });
  }
  const dependencies = milestones.map((m, i) => dependenciesOf(m, i, firstIndex, releaseIndexes, problems));

  const dates: (MilestoneDate | undefined)[] = [];
  const state: ('visiting' | 'done')[] = [];
  const stack: number[] = [];
  const reportedCycles = new Set<string>();

  const visit = (i: number): MilestoneDate | undefined => {
    if (state[i] === 'done') return dates[i];
    state[i] = 'visiting';
    stack.push(i);
    const deps = dependencies[i];
    let resolved: MilestoneDate[] | undefined = deps ? [] : undefined;
    for (const dep of deps ?? []) {
      if (state[dep] === 'visiting') {
        reportCycle(stack.slice(stack.indexOf(dep)), milestones, reportedCycles, problems);
        resolved = undefined;
        break;
      }
      const date = visit(dep);
      if (!date) { resolved = undefined; break; }
      resolved!.push(date);
    }
    stack.pop();
    state[i] = 'done';
    dates[i] = resolved && dateOf(milestones[i]!, i, resolved, release, timezone, problems);
    return dates[i];
  };
  milestones.forEach((_, i) => visit(i));

  const releaseDates = releaseIndexes.map((i) => dates[i]?.date).filter((d) => d !== undefined).sort();
  const releaseDate = releaseDates.at(-1);
  if (releaseDate) problems.push(...lifecycleProblems(release, releaseDate));
  return { dates, releaseDate, problems };
}

/** The milestones `m` is dated from; undefined (with a problem) when it cannot be dated at all. */
function dependenciesOf(
  m: Milestone, i: number, firstIndex: Map<string, number>, releaseIndexes: number[], problems: ScheduleProblem[],
): number[] | undefined {
  if (m.after !== undefined) {
    const target = firstIndex.get(m.after);
    if (target !== undefined) return [target];
    problems.push({
      path: ['milestones', i, 'after'], rule: 'schedule-reference', severity: 'error',
      message: `milestone "${m.id}" is dated from "${m.after}", which is not a milestone of this release`,
      hint: `\`after\` takes the id of another milestone in this file: ${didYouMean(m.after, [...firstIndex.keys()].filter((id) => id !== m.id))}`,
    });
    return undefined;
  }
  if (m.week !== undefined) {
    if (m.kind === 'release') {
      problems.push({
        path: ['milestones', i, 'week'], rule: 'schedule-week', severity: 'error',
        message: `release milestone "${m.id}" cannot be placed by \`week: ${m.week}\`: the release milestone is what R-0 counts from`,
        hint: 'give the release milestone a `date` (or `after` another milestone)',
      });
      return undefined;
    }
    if (releaseIndexes.length === 0) {
      problems.push({
        path: ['milestones', i, 'week'], rule: 'schedule-week', severity: 'error',
        message: `milestone "${m.id}" is in week ${m.week}, but this release has no milestone of kind "release" to count weeks from`,
        hint: 'add the release milestone (`kind: release` with a `date`), or give this milestone a `date`',
      });
      return undefined;
    }
    return releaseIndexes;
  }
  return [];
}

function dateOf(
  m: Milestone, i: number, anchors: MilestoneDate[], release: Release, timezone: string, problems: ScheduleProblem[],
): MilestoneDate | undefined {
  let date: string;
  let rule: string;
  if (m.date !== undefined) {
    [date, rule] = [m.date, m.date];
  } else if (m.after !== undefined) {
    const offset = parseOffset(m.offset ?? '');
    if (!offset) return undefined; // the schema has reported it
    [date, rule] = [applyOffset(anchors[0]!.date, offset), `${m.offset} from ${m.after}`];
  } else {
    const week = parseWeekLabel(m.week ?? '');
    if (week === undefined) return undefined;
    const releaseDate = anchors.map((a) => a.date).sort().at(-1)!;
    [date, rule] = [dayOfWeek(addDays(mondayOf(releaseDate), week * 7), release.deadlineWeekday), m.week!];
  }
  const estimated = m.estimated || anchors.some((a) => a.estimated);
  return { index: i, date, deadline: deadlineOf(m, i, date, timezone, problems), estimated, rule };
}

/** One problem per cycle, at the member listed first, naming the whole loop. */
function reportCycle(cycle: number[], milestones: Milestone[], reported: Set<string>, problems: ScheduleProblem[]): void {
  const start = cycle.indexOf(Math.min(...cycle));
  const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
  const key = [...ordered].sort((a, b) => a - b).join(',');
  if (reported.has(key)) return;
  reported.add(key);
  const first = milestones[ordered[0]!]!;
  const path = ['milestones', ordered[0]!, first.after !== undefined ? 'after' : 'week'];
  // A loop of one is a milestone `after` itself: "each is dated from the next one" would not say that.
  if (ordered.length === 1 && first.after === first.id) {
    problems.push({
      path, rule: 'schedule-cycle', severity: 'error', message: `milestone "${first.id}" is dated from itself`,
      hint: '`after` takes the id of another milestone of this release; or give this one an absolute `date`',
    });
    return;
  }
  const loop = [...ordered, ordered[0]!].map((i) => `"${milestones[i]!.id}"`).join(' → ');
  problems.push({
    path, rule: 'schedule-cycle', severity: 'error',
    message: `milestone dates depend on each other in a circle: ${loop}`,
    hint: 'each is dated from the next one; give one of them an absolute `date` so the chain has a start',
  });
}
