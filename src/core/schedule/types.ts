import type { Milestone, Release } from '../schemas/index.ts';
import type { NextPhase } from './status.ts';

/** The single "now" every date-dependent result is computed against. */
export interface Clock {
  /** The instant, in milliseconds since the epoch. */
  now: number;
  /** Today's calendar date (YYYY-MM-DD) in the portal's time zone. */
  today: string;
  /** Where `now` came from: reproducible builds set SOURCE_DATE_EPOCH. */
  source: 'SOURCE_DATE_EPOCH' | 'build-time' | 'fixed';
}

export type MilestoneStatus = 'done' | 'due-this-week' | 'upcoming' | 'overdue';
export type ReleaseStatus = 'planned' | 'in-development' | 'released' | 'maintained' | 'end-of-life';

/** Which review decided a milestone's status, and its sign-off (none while unsigned). */
export interface MilestoneReviewRef {
  /** The review file's id: its section on the release page is `review-<id>`. */
  id: string;
  date: string;
  decision?: 'approved' | 'approved-with-exceptions' | 'rejected';
}

/** A milestone with its date worked out and its status against the clock. */
export interface ResolvedMilestone extends Omit<Milestone, 'date' | 'after' | 'offset' | 'week'> {
  /** Calendar day of the deadline (YYYY-MM-DD), in the zone it was written in. */
  date: string;
  /** The exact deadline instant (ISO 8601, UTC) when a time was given. */
  deadline?: string;
  /** The name of `project`, for a project's own milestone (its id when no such project is loaded). */
  projectName?: string;
  /** The name as lists of several projects' milestones give it: "Relay: Branch cut" for a project's own. */
  title: string;
  /** Weeks relative to the release week: -5 for "R-5", 0 for the release week. */
  week: number;
  /** Human label of `week`: "R-5", "R-0" (the release week), "R+2"; the ISO week ("2027-W04") when the release has no release date. */
  weekLabel: string;
  /** How the date is set, in words for readers: "a fixed date", "2 weeks after Feature code freeze", "R-5, counted from the release week". */
  setAs: string;
  status: MilestoneStatus;
  /**
   * The TSC's latest review of the milestone, the one its status follows: an
   * overdue milestone says why (rejected, or not signed off yet) and links it.
   */
  review?: MilestoneReviewRef;
  /** Whole days from the clock's today to `date`, or to the day of `deadline` in the portal's zone (negative when past). */
  daysUntil: number;
}

/** A release with its resolved schedule and lifecycle status. */
export interface ResolvedRelease {
  id: string;
  data: Release;
  milestones: ResolvedMilestone[];
  /** Date of the milestone of kind "release" (the last one when there are several). */
  releaseDate?: string;
  /** The first day the release counts as released, its release day over: the day after `releaseDate`, or the day an AoE or other deadline passes in the portal's zone. */
  releasedFrom?: string;
  /** True while the release date is an estimate (its milestone, or one it is dated from, is `estimated`); false without a release date. */
  estimated: boolean;
  /** The release file, relative to the content folder (for "edit this page" links). */
  file: string;
  status: ReleaseStatus;
  /** The phase that follows the current one and the day it starts, when known. */
  nextPhase?: NextPhase;
  /** The earliest milestone not yet past (due this week or upcoming): what a countdown counts to. */
  nextMilestone?: ResolvedMilestone;
  /**
   * Past milestones whose latest review is rejected or unsigned, oldest
   * first: a countdown to the next milestone would hide them, so every
   * summary of the release names them too.
   */
  overdue: ResolvedMilestone[];
  isMaintained: boolean;
  isEol: boolean;
}
