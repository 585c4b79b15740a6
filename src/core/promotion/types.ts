import type { Threshold } from '../schemas/promotion.ts';
import type { Run, TestCase } from '../schemas/results.ts';

/**
 * Greenwave's requirement types, plus the states a release team needs to see:
 * - passed, failed, errored: what the deciding run(s) said;
 * - missing: no finished run yet (or too few runs for the threshold);
 * - stale: results exist but are older than the level's maxAge;
 * - flaky: passed only after retries (satisfied or not per the level's flaky rule or a max-flaky threshold);
 * - waived: unsatisfied, but a valid waiver accepts it (the underlying state stays in `waivedState`);
 * - excluded: the requirement does not apply to this candidate (`appliesTo` does not match its id or
 *   stream); it counts neither for nor against the level.
 */
export const requirementStates = ['passed', 'failed', 'errored', 'missing', 'stale', 'flaky', 'waived', 'excluded'] as const;
export type RequirementState = (typeof requirementStates)[number];

/** A run as the engine keeps it: the record, where it came from, and its times parsed once. */
export interface IndexedRun {
  run: Run;
  /** Result file (relative to the content folder) the run was read from. */
  file: string;
  start: number;
  /** Finish time, or the start time when the record has none. */
  end: number;
  /** False when the run had not finished at the decision time. */
  finished: boolean;
  /**
   * Finished as passed, failed or errored: a result that says something about
   * the candidate. Worked out once, as every threshold asks it of every run.
   */
  result: boolean;
  /** The run as evidence, made once however many requirements cite it. */
  evidence?: Evidence;
}

/** A test case that failed or errored in a run cited as evidence. */
export type FailingCase = Pick<TestCase, 'name' | 'classname' | 'outcome' | 'message'> & { waived: boolean };

/**
 * One run that decided a requirement, in the form pages and the JSON API
 * show. Read-only: it is read from the run when asked (see evidence.ts).
 */
export interface Evidence {
  readonly job: string;
  readonly environment?: string;
  readonly outcome: Run['outcome'];
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly url?: string;
  readonly file: string;
  /** Test cases that failed or errored (waived ones included, marked). */
  readonly failingCases: readonly FailingCase[];
  /** Names of test cases that passed only after retries. */
  readonly flakyCases: readonly string[];
}

/** A waiver as applied to a requirement. */
export interface AppliedWaiver {
  file: string;
  index: number;
  reason: string;
  approver: string;
  expires: string;
  test?: string;
}

/** The verdict on one requirement (one row per required environment). */
export interface RequirementDecision {
  /** The required job as the policy names it. */
  job: string;
  /** The job whose runs decided (the required job or one of its alternatives). */
  decidedBy?: string;
  alternatives: string[];
  environment?: string;
  description?: string;
  threshold: Threshold;
  state: RequirementState;
  /** True when this requirement does not hold the level back. */
  satisfied: boolean;
  /** For waived requirements: the state the waiver covers. */
  waivedState?: Exclude<RequirementState, 'waived' | 'excluded' | 'passed'>;
  waiver?: AppliedWaiver;
  /** Why the state is what it is, in one sentence ("3 of the last 5 runs passed; 4 needed"). */
  detail: string;
  /** What would satisfy it, for unsatisfied requirements. */
  unblock?: string;
  evidence: readonly Evidence[];
  /** When the latest deciding run finished (ISO), for satisfied requirements. */
  finishedAt?: string;
}

export type LevelStatus = 'reached' | 'blocked' | 'waiting';

/** One candidate against one level. */
export interface LevelDecision {
  level: string;
  name: string;
  /**
   * reached: requirements met and the prerequisite reached; blocked: a
   * requirement is unmet; waiting: requirements met but the prerequisite is
   * not reached (levels cannot be skipped).
   */
  status: LevelStatus;
  reached: boolean;
  /** The requirements alone are met, whatever the prerequisite. */
  satisfied: boolean;
  after?: string;
  requirements: RequirementDecision[];
  counts: Record<RequirementState, number>;
  /** "2 of 14 required jobs failed, 1 missing". */
  summary: string;
  /** When the last needed result finished (ISO), for reached levels. */
  promotedAt?: string;
  /**
   * For a level not reached now: when it was reached on results that have
   * since gone stale. The promotion happened, and stays in the level's
   * history; holding the level now takes fresh results.
   */
  lapsed?: { promotedAt: string };
  /** What would make this level reached, in order. Empty when reached. */
  unblock: string[];
}

/** Everything decided about one candidate. */
export interface CandidateDecision {
  candidate: string;
  stream?: string;
  version?: string;
  commit?: string;
  /** Start of its first run (ISO): the candidate's age, used for "newest first". */
  firstSeen: string;
  /** Last level reached along the chain, if any. */
  highestLevel?: string;
  /** The first level not reached, and what would reach it. */
  next?: { level: string; unblock: string[] };
  levels: LevelDecision[];
}

/** A level as the decisions see it: policy plus its place in the chain. */
export interface LevelInfo {
  id: string;
  name: string;
  after?: string;
  position: number;
  qualifies: readonly string[];
}

/** The promotion state of every candidate, as of one instant. */
export interface PromotionModel {
  /** Decisions consider runs started up to this instant (ISO). */
  asOf: string;
  levels: LevelInfo[];
  /** Newest first. */
  candidates: CandidateDecision[];
}
