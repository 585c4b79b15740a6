import type { JudgePolicy, Verdict, WaivedTests } from './judge.ts';
import type { IndexedRun } from './types.ts';

/*
 * The threshold kinds a requirement may set, each deciding from the runs
 * `judge` has sorted out: results only, fresh ones where a kind counts runs.
 */

/** "passed" when the run passed, or failed only in waived test cases. */
function effectiveOutcome(run: IndexedRun, waived: WaivedTests): 'passed' | 'failed' | 'errored' {
  const outcome = run.run.outcome as 'passed' | 'failed' | 'errored';
  if (outcome === 'passed' || waived.size === 0) return outcome;
  const failing = run.run.cases.filter((c) => c.outcome === 'failed' || c.outcome === 'errored');
  return failing.length > 0 && failing.every((c) => waived.has(c.name)) ? 'passed' : outcome;
}

/** How many test cases passed only after failed attempts. */
function retriedCount(run: IndexedRun): number {
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
export function latestPasses(latest: IndexedRun, results: readonly IndexedRun[], policy: JudgePolicy, waived: WaivedTests): Verdict {
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

/** pass-rate: the share of the latest run's test cases that passed (waived ones count as passed), skipped ones left out. */
export function passRate(latest: IndexedRun, results: readonly IndexedRun[], policy: JudgePolicy, waived: WaivedTests, min: number): Verdict {
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

/** max-flaky: the latest run passed, with at most `max`% of its test cases passing only after retries. */
export function maxFlaky(latest: IndexedRun, waived: WaivedTests, max: number): Verdict {
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

/** min-runs: at least `needed` passing runs among the fresh ones; the latest run failing says so rather than "missing". */
export function minRuns(fresh: readonly IndexedRun[], policy: JudgePolicy, waived: WaivedTests, needed: number): Verdict {
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

/** k-of-last-n: `k` passes among the last `n` fresh runs; "missing" while the runs still to come could reach it. */
export function kOfLastN(fresh: readonly IndexedRun[], policy: JudgePolicy, waived: WaivedTests, k: number, n: number): Verdict {
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
