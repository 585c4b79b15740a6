import type { Requirement } from '../schemas/promotion.ts';
import { evidence } from './evidence.ts';
import { unblockText } from './explain.ts';
import { judge, type JudgePolicy, type Verdict } from './judge.ts';
import { byEnvironment, inEnvironment, type CandidateRuns } from './runs.ts';
import { instantText } from './time.ts';
import type { Evidence, IndexedRun, RequirementDecision } from './types.ts';
import { jobWaiver, testWaivers, type ActiveWaiver, type CandidateMatcher } from './waivers.ts';

/** A requirement with everything that does not depend on the candidate worked out once. */
export interface RequirementPlan {
  requirement: Requirement;
  policy: JudgePolicy;
  jobs: string[];
  appliesTo: CandidateMatcher[];
}

/** How many rows a requirement gets: one per required environment, one when none is listed. */
export const rowCount = (requirement: Requirement): number => Math.max(1, requirement.environments.length);

/** One row per required environment (one row when none is listed), judged, waived or excluded, added to `rows`. */
export function decideRequirement(
  candidate: CandidateRuns, plan: RequirementPlan, waivers: readonly ActiveWaiver[], asOf: number, rows: RequirementDecision[],
): void {
  const { environments } = plan.requirement;
  const applies = plan.appliesTo.length === 0 || plan.appliesTo.some((matches) => matches(candidate));
  if (environments.length === 0) rows.push(decideRow(candidate, plan, undefined, applies, waivers, asOf));
  else for (const environment of environments) rows.push(decideRow(candidate, plan, environment, applies, waivers, asOf));
}

/** One row: excluded, or judged on the job and its alternatives, then waived where a waiver accepts what failed. */
function decideRow(
  candidate: CandidateRuns, plan: RequirementPlan, environment: string | undefined, applies: boolean,
  waivers: readonly ActiveWaiver[], asOf: number,
): RequirementDecision {
  const { requirement } = plan;
  // Every row has the same keys (absent ones undefined, which JSON leaves out): one object shape.
  const row: RequirementDecision = {
    job: requirement.job, decidedBy: undefined, alternatives: requirement.alternatives, environment,
    description: requirement.description, threshold: requirement.threshold, state: 'excluded', satisfied: true,
    waivedState: undefined, waiver: undefined, detail: '', unblock: undefined, evidence: noEvidence, finishedAt: undefined,
  };
  if (!applies) {
    row.detail = `applies only to ${requirement.appliesTo.join(', ')}`;
    return row;
  }
  let { job, verdict } = judgeAlternatives(candidate, plan, environment, asOf);
  row.decidedBy = job;
  row.state = verdict.state;
  row.satisfied = verdict.satisfied;
  row.detail = verdict.detail;
  let waived: ReadonlySet<string> | undefined;
  if (!verdict.satisfied) {
    // Waiving test cases cannot make a stale result fresh: unless an
    // alternative job might pass with them, there is nothing to judge again.
    const byTest = verdict.state === 'stale' && plan.jobs.length === 1 ? undefined : waiveTests(candidate, plan, environment, waivers, asOf);
    const whole = byTest ? undefined : jobWaiver(waivers, plan.jobs);
    if (byTest) ({ job, verdict, waived } = byTest);
    if (byTest || whole) {
      row.decidedBy = job;
      row.waivedState = row.state as RequirementDecision['waivedState'];
      row.state = 'waived';
      row.satisfied = true;
      row.waiver = byTest ? byTest.waiver : whole!.applied;
      row.detail = byTest ? `${verdict.detail}; failing test case(s) waived` : `${row.detail} (waived)`;
    }
  }
  row.evidence = verdict.runs.map((r) => evidence(r, waived));
  if (!row.satisfied) row.unblock = unblockText(row);
  else {
    const last = lastFinished(verdict.runs);
    if (last) row.finishedAt = instantText(last.run.finishedAt ?? last.run.startedAt, last.end);
  }
  return row;
}

/**
 * Re-judges the job (and its alternatives) with the failing test cases that
 * waivers accept; a run whose only failures are waived then counts as passed.
 */
function waiveTests(candidate: CandidateRuns, plan: RequirementPlan, environment: string | undefined, waivers: readonly ActiveWaiver[], asOf: number) {
  for (const job of plan.jobs) {
    const cases = testWaivers(waivers, job);
    if (cases.length === 0) continue;
    const waived = new Set(cases.map((w) => w.waiver.test!));
    const verdict = judgeJob(candidate, job, environment, plan.policy, asOf, waived);
    if (!verdict.satisfied) continue;
    const used = cases.find((w) => verdict.runs.some((r) => r.run.cases.some((c) => c.name === w.waiver.test && c.outcome !== 'passed'))) ?? cases[0]!;
    return { job, verdict, waived, waiver: used.applied };
  }
  return undefined;
}

/** The run that finished last, of those that finished. */
function lastFinished(runs: readonly IndexedRun[]): IndexedRun | undefined {
  let last: IndexedRun | undefined;
  for (const r of runs) if (r.finished && (last === undefined || r.end > last.end)) last = r;
  return last;
}

/**
 * Judges one job in one environment. When the requirement names none, a
 * threshold on the latest run is judged in each environment the job ran in
 * and the worst decides (a failure anywhere blocks); a threshold that counts
 * runs counts them all, wherever they ran.
 */
function judgeJob(candidate: CandidateRuns, job: string, environment: string | undefined, policy: JudgePolicy, asOf: number, waived?: ReadonlySet<string>): Verdict {
  const runs = candidate.jobs.get(job) ?? noRuns;
  if (environment !== undefined) return judge(inEnvironment(runs, environment), policy, asOf, waived);
  const environments = countsRuns.has(policy.threshold.kind) ? undefined : byEnvironment(runs);
  if (!environments) return judge(runs, policy, asOf, waived);
  let worst: Verdict | undefined;
  let worstEnvironment = '';
  const cited: IndexedRun[] = [];
  environments.forEach((list, env) => {
    const verdict = judge(list, policy, asOf, waived);
    for (const r of verdict.runs) cited.push(r);
    if (!worst || rank(verdict) > rank(worst)) {
      worst = verdict;
      worstEnvironment = env;
    }
  });
  const detail = worst!.satisfied ? worst!.detail : `${worstEnvironment || 'no environment'}: ${worst!.detail}`;
  return { state: worst!.state, satisfied: worst!.satisfied, detail, runs: cited };
}

const noRuns: IndexedRun[] = [];
const countsRuns: ReadonlySet<string> = new Set(['min-runs', 'k-of-last-n']);
const noEvidence: readonly Evidence[] = [];

/** How bad a verdict is, for picking the worst environment; the inverse picks the best alternative. */
const badness = { passed: 0, flaky: 1, missing: 2, stale: 3, errored: 4, failed: 5 } as const;
const rank = (v: Verdict): number => (v.satisfied ? badness[v.state] : 10 + badness[v.state]);

/**
 * The required job, unless it did not pass cleanly and an alternative did
 * better: a satisfied one if any (the least troubled), else the most telling
 * failure. The first listed wins a tie.
 */
function judgeAlternatives(candidate: CandidateRuns, plan: RequirementPlan, environment: string | undefined, asOf: number) {
  let job = plan.jobs[0]!;
  let verdict = judgeJob(candidate, job, environment, plan.policy, asOf);
  if (verdict.state === 'passed') return { job, verdict };
  for (let i = 1; i < plan.jobs.length; i++) {
    const other = judgeJob(candidate, plan.jobs[i]!, environment, plan.policy, asOf);
    const better = other.satisfied === verdict.satisfied ? (other.satisfied ? rank(other) < rank(verdict) : rank(other) > rank(verdict)) : other.satisfied;
    if (better) {
      job = plan.jobs[i]!;
      verdict = other;
    }
  }
  return { job, verdict };
}
