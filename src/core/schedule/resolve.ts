import type { Content, Entry } from '../load/load.ts';
import { byCodeUnit } from '../order.ts';
import type { Release } from '../schemas/releases.ts';
import type { Review } from '../schemas/reviews.ts';
import type { Diagnostic } from '../validate/diagnostic.ts';
import { at } from '../validate/rules/helpers.ts';
import { daysBetween, isoWeekLabel, weekLabel, weekRelativeTo } from './dates.ts';
import { resolveSchedule } from './milestone-dates.ts';
import { describeDating } from './set-as.ts';
import { latestReview, milestoneStatus, nextPhase, releasedFrom, releaseStatusAt, type Lifecycle } from './status.ts';
import type { Clock, ResolvedMilestone, ResolvedRelease } from './types.ts';
import { dateIn } from './zones.ts';

export interface ResolvedReleases {
  /** Every release, by release date (releases without one last), then id. */
  releases: ResolvedRelease[];
  /** Schedule problems (cycles, unknown references...), the same the validator reports. */
  diagnostics: Diagnostic[];
}

/**
 * Resolves every release's schedule and computes each status against one
 * clock, so that pages, calendars, feeds and the API agree on what "today"
 * means. Milestones whose date cannot be worked out are left out and
 * reported in `diagnostics`; this never throws.
 */
export function resolveReleases(content: Pick<Content, 'releases' | 'reviews' | 'portal'> & Partial<Pick<Content, 'projects'>>, clock: Clock): ResolvedReleases {
  const timezone = content.portal[0]?.data.timezone ?? 'UTC';
  const reviews = content.reviews;
  const projectNames = new Map((content.projects ?? []).map((p) => [p.id, p.data.name]));
  const diagnostics: Diagnostic[] = [];
  const releases = content.releases.map((entry) => {
    const { release, problems } = resolveRelease(entry, clock, { timezone, reviews, projectNames });
    diagnostics.push(...problems.map((p) => at(entry, p.path, p.rule, p.message, p.hint, p.severity)));
    return release;
  });
  releases.sort((a, b) =>
    byCodeUnit(a.releaseDate ?? '\uffff', b.releaseDate ?? '\uffff') || byCodeUnit(a.id, b.id));
  return { releases, diagnostics };
}

export interface ReleaseContext {
  /** The portal's zone, for deadlines written without one. */
  timezone: string;
  /** Milestone reviews, with their ids: an unsigned or rejected one makes a past milestone overdue. */
  reviews?: readonly Pick<Entry<Review>, 'id' | 'data'>[];
  /** Project names by id, for the milestones of one project. */
  projectNames?: ReadonlyMap<string, string>;
}

/** Resolves one release file; see `resolveReleases`. */
export function resolveRelease(entry: Pick<Entry<Release>, 'id' | 'file' | 'data'>, clock: Clock, context: ReleaseContext) {
  const { data } = entry;
  const schedule = resolveSchedule(data, { timezone: context.timezone });
  const resolvedDates = schedule.dates.filter((d) => d !== undefined);
  // Weeks count from the release week; a release without a release
  // milestone (a "latest" stream) counts them to its last milestone.
  const anchor = schedule.releaseDate ?? resolvedDates.map((d) => d.date).sort().at(-1);

  const projectName = (id: string) => context.projectNames?.get(id) ?? id;
  const milestones: ResolvedMilestone[] = resolvedDates
    .map(({ index, date, deadline, estimated }) => {
      const { date: _d, after: _a, offset: _o, week: _w, ...written } = data.milestones[index]!;
      const week = anchor ? weekRelativeTo(date, anchor) : 0;
      const review = latestReview(context.reviews ?? [], entry.id, written.id);
      // A deadline's day where the portal is: an AoE deadline on Thursday is
      // still open on Friday morning in Europe, and counts down to Friday.
      const dueDay = deadline !== undefined ? dateIn(Date.parse(deadline), context.timezone) : date;
      return {
        ...written,
        estimated,
        date,
        ...(deadline !== undefined && { deadline }),
        ...(written.project !== undefined && { projectName: projectName(written.project) }),
        // A project's own milestone says whose it is, wherever it is listed with others.
        title: written.project !== undefined ? `${projectName(written.project)}: ${written.name}` : written.name,
        week,
        // Without a release week there is no "R-n": the ISO week names it.
        weekLabel: schedule.releaseDate ? weekLabel(week) : isoWeekLabel(date),
        setAs: describeDating(data.milestones[index]!, data.milestones),
        status: milestoneStatus({ date: dueDay, deadline }, clock, review?.data),
        ...(review !== undefined && { review: { id: review.id, date: review.data.date, ...(review.data.signoff && { decision: review.data.signoff.decision }) } }),
        daysUntil: daysBetween(clock.today, dueDay),
        index,
      };
    })
    .sort((a, b) => byCodeUnit(a.date, b.date) || byCodeUnit(a.deadline ?? '', b.deadline ?? '') || a.index - b.index)
    .map(({ index: _index, ...milestone }) => milestone);

  const releaseMilestone = milestones.filter((m) => m.kind === 'release').at(-1);
  const lifecycle: Lifecycle = {
    start: milestones[0]?.date,
    release: schedule.releaseDate,
    released: releaseMilestone && releasedFrom(releaseMilestone, context.timezone),
    maintainedUntil: data.maintainedUntil,
    endOfLife: data.endOfLife,
  };
  const status = releaseStatusAt(clock, lifecycle, releaseMilestone);
  const release: ResolvedRelease = {
    id: entry.id,
    file: entry.file,
    data,
    milestones,
    ...(schedule.releaseDate !== undefined && { releaseDate: schedule.releaseDate }),
    estimated: schedule.releaseDate !== undefined && (releaseMilestone?.estimated ?? false),
    status,
    ...(lifecycle.released !== undefined && { releasedFrom: lifecycle.released }),
    nextPhase: nextPhase(clock.today, lifecycle, status),
    nextMilestone: milestones.find((m) => m.status === 'due-this-week' || m.status === 'upcoming'),
    overdue: milestones.filter((m) => m.status === 'overdue'),
    isMaintained: status === 'maintained',
    isEol: status === 'end-of-life',
  };
  return { release, problems: schedule.problems };
}
