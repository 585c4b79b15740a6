import type { Threshold } from '../schemas/promotion.ts';
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

/** "passed" when the run passed, or failed only in waived test cases. */
export function effectiveOutcome(run: IndexedRun, waived: WaivedTests): 'passed' | 'failed' | 'errored' {
  const outcome = run.run.outcome as 'passed' | 'failed' | 'errored';
  if (outcome === 'passed' || waived.size === 0) return outcome;
  const failing = run.run.cases.filter((c) => c.outcome === 'failed' || c.outcome === 'errored');
  return failing.length > 0 && failing.every((c) => waived.has(c.name)) ? 'passed' : outcome;
}

/** How many test cases passed only after failed attempts. */
export function retriedCount(run: IndexedRun): number {
  let count = 0;
  for (const c of run.run.cases) if (c.outcome === 'passed' && (c.retries ?? 0) > 0) count++;
  return count;
}

/** The latest run before `latest` that did not pass: a pass after it is a pass on a rerun. */
function earlierFailure(results: readonly IndexedRun[], latest: IndexedRun): IndexedRun | undefined {
  for (let i = results.indexOf(latest) - 1; i >= 0; i--) if (results[i]!.run.outcome !== 'passed') return results[i];
  return undefined;
}

/** The latest run passed; flaky when it needed retries or an earlier run of the job failed. */
function latestPasses(latest: IndexedRun, results: readonly IndexedRun[], policy: JudgePolicy, waived: WaivedTests): Verdict {
  const outcome = effectiveOutcome(latest, waived);
  if (outcome !== 'passed') return { state: outcome, satisfied: false, runs: [latest], detail: failureDetail(latest, outcome) };
  return passedOrFlaky(latest, results, policy, 'latest run passed');
}

function passedOrFlaky(latest: IndexedRun, results: readonly IndexedRun[], policy: JudgePolicy, passed: string): Verdict {
  const retried = retriedCount(latest);
  const rerunOf = earlierFailure(results, latest);
  if (retried === 0 && !rerunOf) return { state: 'passed', satisfied: true, runs: [latest], detail: passed };
  const how = retried > 0 ? `${retried} test case(s) passed only after retries` : 'passed on a rerun after a failed run';
  const allowed = policy.flaky === 'allow';
  return {
    state: 'flaky', satisfied: allowed, runs: rerunOf ? [rerunOf, latest] : [latest],
    detail: `${how}; ${allowed ? 'this level accepts a pass after retries' : 'this level needs a pass without retries'}`,
  };
}

function passRate(latest: IndexedRun, results: readonly IndexedRun[], policy: JudgePolicy, waived: WaivedTests, min: number): Verdict {
  const counted = latest.run.cases.filter((c) => c.outcome !== 'skipped');
  if (counted.length === 0) {
    const outcome = effectiveOutcome(latest, waived);
    if (outcome !== 'passed') return { state: outcome, satisfied: false, runs: [latest], detail: `${failureDetail(latest, outcome)} (no test cases to count)` };
    return passedOrFlaky(latest, results, policy, 'latest run passed (no test cases to count)');
  }
  const passing = counted.filter((c) => c.outcome === 'passed' || waived.has(c.name)).length;
  const rate = (passing / counted.length) * 100;
  const figures = `${passing} of ${counted.length} test cases passed (${formatPercent(rate)}); at least ${min}% needed`;
  if (rate < min) {
    const errored = latest.run.outcome === 'errored' && !counted.some((c) => c.outcome === 'failed');
    return { state: errored ? 'errored' : 'failed', satisfied: false, runs: [latest], detail: figures };
  }
  const retried = retriedCount(latest);
  if (retried === 0) return { state: 'passed', satisfied: true, runs: [latest], detail: figures };
  const allowed = policy.flaky === 'allow';
  return { state: 'flaky', satisfied: allowed, runs: [latest], detail: `${figures}; ${retried} only after retries` };
}

function maxFlaky(latest: IndexedRun, waived: WaivedTests, max: number): Verdict {
  const outcome = effectiveOutcome(latest, waived);
  if (outcome !== 'passed') return { state: outcome, satisfied: false, runs: [latest], detail: failureDetail(latest, outcome) };
  const counted = latest.run.cases.filter((c) => c.outcome !== 'skipped').length;
  const retried = retriedCount(latest);
  const share = counted === 0 ? 0 : (retried / counted) * 100;
  if (retried === 0) return { state: 'passed', satisfied: true, runs: [latest], detail: 'latest run passed with no retries' };
  const satisfied = share <= max;
  const detail = `${retried} of ${counted} test cases (${formatPercent(share)}) passed only after retries; at most ${max}% allowed`;
  return { state: 'flaky', satisfied, runs: [latest], detail };
}

function minRuns(fresh: readonly IndexedRun[], policy: JudgePolicy, waived: WaivedTests, needed: number): Verdict {
  const passes = fresh.filter((r) => effectiveOutcome(r, waived) === 'passed');
  const latest = fresh.at(-1)!;
  const figures = `${passes.length} passing run(s); at least ${needed} needed`;
  if (passes.length >= needed) {
    const counted = passes.slice(-needed);
    const retried = counted.some((r) => retriedCount(r) > 0);
    if (!retried) return { state: 'passed', satisfied: true, runs: counted, detail: figures };
    return { state: 'flaky', satisfied: policy.flaky === 'allow', runs: counted, detail: `${figures}; some passed only after retries` };
  }
  const outcome = effectiveOutcome(latest, waived);
  if (outcome !== 'passed') return { state: outcome, satisfied: false, runs: [...passes, latest], detail: `${figures}; latest run ${outcome}` };
  return { state: 'missing', satisfied: false, runs: passes, detail: `${figures}; ${needed - passes.length} more to run` };
}

function kOfLastN(fresh: readonly IndexedRun[], policy: JudgePolicy, waived: WaivedTests, k: number, n: number): Verdict {
  const last = fresh.slice(-n);
  const passes = last.filter((r) => effectiveOutcome(r, waived) === 'passed');
  const figures = `${passes.length} of the last ${last.length} run(s) passed; ${k} of ${n} needed`;
  if (passes.length >= k) {
    const retried = passes.some((r) => retriedCount(r) > 0);
    if (!retried) return { state: 'passed', satisfied: true, runs: last, detail: figures };
    return { state: 'flaky', satisfied: policy.flaky === 'allow', runs: last, detail: `${figures}; some passed only after retries` };
  }
  const toGo = n - last.length;
  if (passes.length + toGo >= k) return { state: 'missing', satisfied: false, runs: last, detail: `${figures}; ${toGo} more run(s) can still reach it` };
  const errored = last.every((r) => r.run.outcome === 'errored');
  return { state: errored ? 'errored' : 'failed', satisfied: false, runs: last, detail: figures };
}

function failureDetail(run: IndexedRun, outcome: 'failed' | 'errored'): string {
  const failing = run.run.cases.filter((c) => c.outcome === 'failed' || c.outcome === 'errored').length;
  return failing > 0 ? `latest run ${outcome}: ${failing} test case(s) failing` : `latest run ${outcome}`;
}

const formatPercent = (value: number): string => `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
