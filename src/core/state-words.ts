import type { MilestoneStatus, ReleaseStatus } from './schedule/types.ts';
import type { ActionView } from './retrospective-views.ts';
import type { Review } from './schemas/reviews.ts';
import type { WaiverView } from './waiver-views.ts';

/*
 * The words and badge tone of every state the portal shows: the words
 * carry the state, so that it reads the same without colour.
 */

/** A state in words and a tone: pages show the words, the tone (a badge's colour) only adds to them. */
export interface Worded {
  label: string;
  tone: 'ok' | 'warn' | 'bad' | 'info';
}

/** Words and a tone for each status: pages show the words, the tone only adds colour. */
export const statusText: Record<MilestoneStatus | ReleaseStatus, Worded> = {
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

/** A project's status at a milestone review, in words and a tone (the words carry it; colour only adds). */
export const reviewStatusText: Record<Review['projects'][number]['status'], Worded> = {
  done: { label: 'done', tone: 'ok' },
  partial: { label: 'partial', tone: 'warn' },
  'not-done': { label: 'not done', tone: 'bad' },
  exception: { label: 'exception', tone: 'info' },
};

/** A review's sign-off decision in words, as the review sections and the readiness table write it. */
export const decisionText: Record<NonNullable<Review['signoff']>['decision'], string> = {
  approved: 'Approved',
  'approved-with-exceptions': 'Approved with exceptions',
  rejected: 'Rejected',
};

/** A waiver's state in words and a tone: in force, ending within two weeks, or expired. */
export const waiverStateText: Record<WaiverView['state'], Worded> = {
  active: { label: 'in force', tone: 'ok' },
  expiring: { label: 'ends soon', tone: 'warn' },
  expired: { label: 'expired', tone: 'bad' },
};

/** A retrospective action's state in words and a tone. */
export const actionStateText: Record<ActionView['state'], Worded> = {
  open: { label: 'open', tone: 'info' },
  overdue: { label: 'overdue', tone: 'bad' },
  done: { label: 'done', tone: 'ok' },
  dropped: { label: 'dropped', tone: 'info' },
};

/** Words and tones for promotion states: text first, colour only as a second cue. */
export const promotionText: Record<string, Worded> = {
  reached: { label: 'Reached', tone: 'ok' },
  blocked: { label: 'Blocked', tone: 'bad' },
  waiting: { label: 'Waiting for prerequisite', tone: 'info' },
  passed: { label: 'Passed', tone: 'ok' },
  failed: { label: 'Failed', tone: 'bad' },
  errored: { label: 'Errored', tone: 'bad' },
  missing: { label: 'Missing', tone: 'warn' },
  stale: { label: 'Stale', tone: 'warn' },
  flaky: { label: 'Flaky', tone: 'warn' },
  waived: { label: 'Waived', tone: 'info' },
  excluded: { label: 'Excluded', tone: 'info' },
};
