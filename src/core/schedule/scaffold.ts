import type { z } from 'zod';
import { byCodeUnit } from '../order.ts';
import { releaseSchema } from '../schemas/releases.ts';
import { addDays, addMonths, daysBetween } from './dates.ts';
import { resolveSchedule } from './milestone-dates.ts';
import { renameWords } from './rename-words.ts';

/** A release file's front matter as written (before schema defaults are filled in). */
export type ReleaseInput = z.input<typeof releaseSchema>;
type MilestoneInput = ReleaseInput['milestones'][number];

/** How far the next release is from the previous one: "26w", "182d", "6 months". */
export interface Shift {
  amount: number;
  unit: 'days' | 'weeks' | 'months';
}

/**
 * Reads a `--shift` value or a release's `cadence` ("6 months", "26w", "+2 weeks").
 * A shift may go back ("-26w": a release before the one copied); the schema
 * keeps a release's own `cadence` positive.
 */
export function parseShift(text: string): Shift | undefined {
  const match = /^([+-]?)\s*(\d+)\s*(d|w|m|days?|weeks?|months?)$/i.exec(text.trim());
  if (!match || Number(match[2]) === 0) return undefined;
  const unit = match[3]!.toLowerCase();
  return { amount: (match[1] === '-' ? -1 : 1) * Number(match[2]), unit: unit.startsWith('m') ? 'months' : unit.startsWith('w') ? 'weeks' : 'days' };
}

/**
 * The number of days every absolute date moves. A shift in months is
 * rounded to whole weeks (6 months from 2026-05-14 is 26 weeks): deadlines
 * stay on their weekday and the gaps between milestones stay exactly as they
 * were, which is what a release manager copying a schedule expects.
 */
export function shiftInDays(shift: Shift, releaseDate: string): number {
  if (shift.unit === 'days') return shift.amount;
  if (shift.unit === 'weeks') return shift.amount * 7;
  return Math.round(daysBetween(releaseDate, addMonths(releaseDate, shift.amount)) / 7) * 7;
}

export interface NextReleaseOptions {
  /** Days to move every absolute date by (see `shiftInDays`). */
  days: number;
  name: string;
  version?: string;
  /** The copied release's id and the new one's: a text naming the old id ("stable/iris") names the new. */
  ids?: { from: string; to: string };
}

/**
 * The next release, copied from a previous one: absolute dates (milestones,
 * maintenance, end of life) move by the shift; `after` and `week` milestones
 * stay as written, since they follow the dates they refer to. Every milestone
 * becomes an estimate until the community confirms it.
 *
 * A maintenance release (one with `basedOn`) is the next point release of
 * the same series: its support ends with the series, so those dates stay.
 * A `candidates` pattern naming the previous version names the new one, and
 * milestone texts (name, description, checklist) that name the previous
 * release by its name or id name the new one: they were written for it.
 */
export function nextReleaseFrom(source: ReleaseInput, { days, name, version, ids }: NextReleaseOptions): ReleaseInput {
  const { name: _previousName, version: _previousVersion, ...kept } = source;
  const shift = (date: string | undefined) => (date === undefined ? undefined : addDays(date, days));
  const sameSeries = source.type === 'maintenance' && source.basedOn !== undefined;
  const rename = renameWords([[source.name, name], ...(ids ? [[ids.from, ids.to] as const] : [])]);
  const renamed = source.version !== undefined && version !== undefined && source.candidates !== undefined
    ? source.candidates.replaceAll(source.version, version)
    : source.candidates;
  return withoutUndefined({
    name,
    version,
    ...kept,
    candidates: renamed,
    maintainedUntil: sameSeries ? source.maintainedUntil : shift(source.maintainedUntil),
    endOfLife: sameSeries ? source.endOfLife : shift(source.endOfLife),
    milestones: source.milestones.map((m) =>
      estimate({
        ...m,
        date: shift(m.date),
        name: rename(m.name),
        description: m.description === undefined ? undefined : rename(m.description),
        checklist: m.checklist?.map(rename),
      }),
    ),
  });
}

/** A problem in a cadence template, at a path inside the template's `milestones`. */
export interface TemplateProblem {
  path: PropertyKey[];
  message: string;
}

/**
 * A release built from a cadence template: a list of milestones placed by
 * `week: R-n` or `after` + `offset`, and a release date given separately.
 * The template's release milestone (kind "release") gets that date; one is
 * added when the template has none. Absolute dates have no place in a
 * template, which is reused cycle after cycle.
 */
export function releaseFromTemplate(
  template: Omit<ReleaseInput, 'name' | 'type'> & Partial<Pick<ReleaseInput, 'type'>>,
  releaseDate: string,
  { name, version }: { name: string; version?: string },
): { release: ReleaseInput; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const releaseIndexes = template.milestones.flatMap((m, i) => (m.kind === 'release' ? [i] : []));
  for (const i of releaseIndexes.slice(1)) {
    problems.push({ path: ['milestones', i, 'kind'], message: 'a cadence template has one release milestone; this is a second one' });
  }
  const milestones = template.milestones.map((m, i) => {
    if (i === releaseIndexes[0]) {
      for (const key of ['date', 'after', 'week'] as const) {
        if (m[key] !== undefined) problems.push({ path: ['milestones', i, key], message: `the release milestone takes its date from --release-date; remove \`${key}\`` });
      }
      const { after: _a, offset: _o, week: _w, ...rest } = m;
      return estimate({ ...rest, date: releaseDate });
    }
    if (m.date !== undefined) {
      problems.push({ path: ['milestones', i, 'date'], message: `milestone "${m.id}" has an absolute date; a cadence template places milestones with \`week: R-n\` or \`after\` + \`offset\`` });
    }
    return estimate(m);
  });
  if (releaseIndexes.length === 0) milestones.push(estimate({ id: 'release', name: `${name} release`, kind: 'release', date: releaseDate }));
  const { name: _name, version: _version, type = 'ga', ...fields } = template as typeof template & Partial<ReleaseInput>;
  const release = withoutUndefined({ name, version, type, ...fields, milestones });
  return { release, problems };
}

/**
 * The milestones in the order of their resolved dates (stable for equal
 * dates), since the validator asks a schedule to read top to bottom. A
 * release that does not parse or resolve is returned unchanged, for the
 * validator to explain.
 */
export function inDateOrder(release: ReleaseInput): ReleaseInput {
  const parsed = releaseSchema.safeParse(release);
  if (!parsed.success) return release;
  const { dates } = resolveSchedule(parsed.data);
  if (dates.some((d) => d === undefined)) return release;
  const order = dates.map((d, i) => ({ date: d!.date, i })).sort((a, b) => byCodeUnit(a.date, b.date) || a.i - b.i);
  return { ...release, milestones: order.map(({ i }) => release.milestones[i]!) };
}

/** Marks a milestone estimated, keeping `estimated` next to the fields that date it. */
function estimate(milestone: MilestoneInput): MilestoneInput {
  const dating = ['date', 'after', 'offset', 'week', 'time', 'timezone'];
  const entries = Object.entries(milestone).filter(([key, value]) => key !== 'estimated' && value !== undefined);
  const lastDating = entries.findLastIndex(([key]) => dating.includes(key));
  entries.splice(lastDating + 1, 0, ['estimated', true]);
  return Object.fromEntries(entries) as MilestoneInput;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
