import type { Threshold } from '../schemas/promotion.ts';
import { kOfLastN, latestPasses, maxFlaky, minRuns, passRate } from './thresholds.ts';
import { formatDuration } from './time.ts';
import type { IndexedRun, RequirementState } from './types.ts';

/** What a level asks of the runs of one job in one environment. */
export interface JudgePolicy {
  threshold: Threshold;
  /** Milliseconds; results older than this at `asOf` are stale. */
  maxAge?: number;
  flaky: 'allow' | 'block';
}

/** The verdict on the runs of one job in one environment. */
export interface Verdict {
  state: Exclude<RequirementState, 'waived' | 'excluded'>;
  satisfied: boolean;
  detail: string;
  /** The runs the verdict rests on, oldest first. */
  runs: IndexedRun[];
}

/** Test case names a waiver accepts; a failing run whose failures are all in it counts as passed. */
export type WaivedTests = ReadonlySet<string>;

const none: WaivedTests = new Set();

/**
 * Decides one job in one environment from its runs (sorted oldest first),
 * per the threshold. Running and skipped runs are not results; a pass after
 * retries (retried cases, or an earlier failed run of the same job) is
 * "flaky" and satisfies per the level's flaky rule.
 */
export function judge(runs: readonly IndexedRun[], policy: JudgePolicy, asOf: number, waived: WaivedTests = none): Verdict {
  const results = runs.every(isResult) ? runs : runs.filter(isResult);
  if (results.length === 0) {
    const last = runs.at(-1);
    const why = !last ? 'no run yet' : last.finished ? `latest run ${last.run.outcome === 'skipped' ? 'was skipped' : 'has no outcome'}` : 'a run is still in progress';
    return { state: 'missing', satisfied: false, detail: why, runs: last ? [last] : [] };
  }
  const maxAge = policy.maxAge;
  const fresh = maxAge === undefined || results.every((r) => asOf - r.end <= maxAge) ? results : results.filter((r) => asOf - r.end <= maxAge);
  if (fresh.length === 0) {
    const latest = results.at(-1)!;
    return {
      state: 'stale', satisfied: false, runs: [latest],
      detail: `latest result is ${formatDuration(asOf - latest.end)} old; at most ${formatDuration(policy.maxAge!)} allowed`,
    };
  }
  const latest = fresh.at(-1)!;
  const threshold = policy.threshold;
  switch (threshold.kind) {
    case 'all-pass':
      return latestPasses(latest, results, policy, waived);
    case 'pass-rate':
      return passRate(latest, results, policy, waived, threshold.min);
    case 'max-flaky':
      return maxFlaky(latest, waived, threshold.max);
    case 'min-runs':
      return minRuns(fresh, policy, waived, threshold.runs);
    case 'k-of-last-n':
      return kOfLastN(fresh, policy, waived, threshold.k, threshold.n);
  }
}

/** Running and skipped runs say nothing about the candidate's quality. */
const isResult = (r: IndexedRun): boolean => r.result;
