import { byCodeUnit } from '../order.ts';
import type { Release } from '../schemas/releases.ts';
import type { Review } from '../schemas/reviews.ts';
import { addDays, mondayOf } from './dates.ts';
import type { Clock, MilestoneStatus, ReleaseStatus } from './types.ts';
import { dateIn } from './zones.ts';

/**
 * Milestone status against the clock:
 * - a milestone is **past** once its deadline instant has passed, or, without
 *   a `time`, once its date is before today in the portal's zone;
 * - a past milestone is **done**, unless the TSC reviewed it and the latest
 *   review has no sign-off yet or a "rejected" one: then it is **overdue**,
 *   because the projects have not met it. Without any review a past
 *   milestone counts as done: communities that do not hold reviews still see
 *   their schedule advance;
 * - a milestone not yet past is **due this week** when its date falls in the
 *   current Monday–Sunday week (today included), else **upcoming**.
 */
export function milestoneStatus(
  milestone: { date: string; deadline?: string },
  clock: Clock,
  review?: Review,
): MilestoneStatus {
  if (isPast(milestone, clock)) {
    const unmet = review !== undefined && (review.signoff === undefined || review.signoff.decision === 'rejected');
    return unmet ? 'overdue' : 'done';
  }
  const endOfWeek = addDays(mondayOf(clock.today), 6);
  return milestone.date <= endOfWeek ? 'due-this-week' : 'upcoming';
}

/**
 * Whether a milestone's day is over: its deadline instant has passed (an AoE
 * day ends at 12:00 UTC the next day), or, without a `time`, its date is
 * before today in the portal's zone. The one rule for milestones and for the
 * release day, so that a release is never shown released while its release
 * milestone is still due.
 */
export function isPast(milestone: { date: string; deadline?: string }, clock: Pick<Clock, 'now' | 'today'>): boolean {
  return milestone.deadline !== undefined ? clock.now > Date.parse(milestone.deadline) : milestone.date < clock.today;
}

/**
 * The first day, in the portal's zone, on which a release milestone is past
 * (see `isPast`): the day after its date, or the day its deadline falls on,
 * from the deadline instant.
 */
export function releasedFrom(milestone: { date: string; deadline?: string }, timezone: string): string {
  return milestone.deadline !== undefined ? dateIn(Date.parse(milestone.deadline), timezone) : addDays(milestone.date, 1);
}

/**
 * The order of reviews, oldest first: by date, then by sign-off (one not
 * signed yet before one signed, an earlier sign-off first), then by id. The
 * release page lists them in this order and the last decides the milestone,
 * so that the page and the status agree on which review is the latest, also
 * for two held on the same day.
 */
export function byReviewOrder(a: { id: string; data: Review }, b: { id: string; data: Review }): number {
  return byCodeUnit(a.data.date, b.data.date) || byCodeUnit(a.data.signoff?.date ?? '', b.data.signoff?.date ?? '') || byCodeUnit(a.id, b.id);
}

/**
 * The review that decides a milestone's status: the latest one, so that a
 * milestone rejected and later approved on a second review counts as met.
 */
export function latestReview<T extends { id: string; data: Review }>(reviews: readonly T[], release: string, milestone: string): T | undefined {
  return reviews
    .filter(({ data: r }) => r.release === release && r.milestone === milestone)
    .sort(byReviewOrder)
    .at(-1);
}

/** A release's next status and its first day. */
export interface NextPhase {
  status: ReleaseStatus;
  date: string;
  /** Released with neither maintenance nor end of life declared yet. */
  supportUnset?: true;
  /** For the change the release itself brings: its release day, the day before `date` (or the day of an AoE deadline). */
  releaseDay?: string;
}

/** A release that has set neither maintenance nor end of life: released, its support still to be set. */
export const supportUnset = ({ maintainedUntil, endOfLife }: Pick<Lifecycle, 'maintainedUntil' | 'endOfLife'>): boolean =>
  maintainedUntil === undefined && endOfLife === undefined;

/** The dates a release's lifecycle is read from. */
export interface Lifecycle {
  /** The earliest milestone: development starts with the schedule. */
  start?: string;
  /** The release milestone's date. */
  release?: string;
  /** The first day the release counts as released: its release day is over (see `releasedFrom`). */
  released?: string;
  maintainedUntil?: Release['maintainedUntil'];
  endOfLife?: Release['endOfLife'];
}

/**
 * Release status on a given day, as a release manager reads it:
 * - **planned** before the first milestone;
 * - **in development** from the first milestone until its release day is over,
 *   the release milestone included (a release without a release milestone
 *   stays in development);
 * - from `released`: **maintained** while the day is on or before
 *   `maintainedUntil`; **released** when no maintenance is declared, or
 *   between the end of maintenance and `endOfLife` (still supported, no longer
 *   fixed);
 * - **end of life** on and after `endOfLife`, or after `maintainedUntil` when
 *   no `endOfLife` is given: nothing supports it any more.
 */
export function releaseStatusOn(day: string, { start, released, maintainedUntil, endOfLife }: Lifecycle): ReleaseStatus {
  if (start !== undefined && day < start) return 'planned';
  if (released === undefined || day < released) return 'in-development';
  if (endOfLife !== undefined && day >= endOfLife) return 'end-of-life';
  if (maintainedUntil === undefined) return 'released';
  if (day <= maintainedUntil) return 'maintained';
  return endOfLife === undefined ? 'end-of-life' : 'released';
}

/**
 * Whether a release has shipped: from its release on, end of life included.
 * Its qualifying candidate is then history the portal does not record; the
 * newest candidate matching it now belongs to a later release.
 */
export const hasShipped = (status: ReleaseStatus): boolean => status === 'released' || status === 'maintained' || status === 'end-of-life';

/**
 * Release status at the clock's instant: `releaseStatusOn` today, except that
 * a release stays in development until its release milestone is past, on the
 * day its deadline falls too.
 */
export function releaseStatusAt(clock: Pick<Clock, 'now' | 'today'>, lifecycle: Lifecycle, releaseMilestone?: { date: string; deadline?: string }): ReleaseStatus {
  const over = releaseMilestone !== undefined && isPast(releaseMilestone, clock);
  return releaseStatusOn(clock.today, over ? lifecycle : { ...lifecycle, released: undefined });
}

/**
 * The next change of status after `today` and the day it happens, when one is
 * scheduled. A release that declares neither `maintainedUntil` nor
 * `endOfLife` is "released" from its release day with its support still to
 * be set (`supportUnset`), which is not the same as support without fixes.
 */
export function nextPhase(today: string, lifecycle: Lifecycle, current = releaseStatusOn(today, lifecycle)): NextPhase | undefined {
  const changes = [
    lifecycle.start,
    lifecycle.released,
    lifecycle.maintainedUntil && addDays(lifecycle.maintainedUntil, 1),
    lifecycle.endOfLife,
  ]
    // Today too: a release deadline later today changes the status today.
    .filter((day): day is string => day !== undefined && day >= today)
    .sort();
  for (const date of changes) {
    const status = releaseStatusOn(date, lifecycle);
    if (status !== current) {
      const releaseDay = date === lifecycle.released && lifecycle.release !== undefined ? { releaseDay: lifecycle.release } : {};
      return status === 'released' && supportUnset(lifecycle) ? { status, date, supportUnset: true, ...releaseDay } : { status, date, ...releaseDay };
    }
  }
  return undefined;
}
