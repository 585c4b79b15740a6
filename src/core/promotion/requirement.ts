import type { Requirement } from '../schemas/promotion.ts';
import { evidence } from './evidence.ts';
import { unblockText } from './explain.ts';
import { judge, type JudgePolicy, type Verdict } from './judge.ts';
import type { CandidateRuns } from './runs.ts';
import { isoInstant } from './time.ts';
import type { IndexedRun, RequirementDecision } from './types.ts';
import { jobWaiver, testWaivers, type ActiveWaiver, type CandidateMatcher } from './waivers.ts';

/** A requirement with everything that does not depend on the candidate worked out once. */
export interface RequirementPlan {
  requirement: Requirement;
  policy: JudgePolicy;
  jobs: string[];
  appliesTo: CandidateMatcher[];
}

/** One row per required environment (one row when none is listed), judged, waived or excluded. */
export function decideRequirement(candidate: CandidateRuns, plan: RequirementPlan, waivers: readonly ActiveWaiver[], asOf: number): RequirementDecision[] {
  const { requirement } = plan;
  const environments = requirement.environments.length ? requirement.environments : [undefined];
  const applies = plan.appliesTo.length === 0 || plan.appliesTo.some((matches) => matches(candidate));
  return environments.map((environment): RequirementDecision => {
    // Every row has the same keys (absent ones undefined, which JSON leaves out): one object shape.
    const row: RequirementDecision = {
      job: requirement.job, decidedBy: undefined, alternatives: requirement.alternatives, environment,
      description: requirement.description, threshold: requirement.threshold, state: 'excluded', satisfied: true,
      waivedState: undefined, waiver: undefined, detail: '', unblock: undefined, evidence: [], finishedAt: undefined,
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
      if (last !== undefined) row.finishedAt = isoInstant(last);
    }
    return row;
  });
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

/** The latest finish among runs that finished, in ms. */
function lastFinished(runs: readonly IndexedRun[]): number | undefined {
  let last: number | undefined;
  for (const r of runs) if (r.finished && (last === undefined || r.end > last)) last = r.end;
  return last;
}

/** Judges one job in one environment, or across every environment it ran in when none is required. */
function judgeJob(candidate: CandidateRuns, job: string, environment: string | undefined, policy: JudgePolicy, asOf: number, waived?: ReadonlySet<string>): Verdict {
  const byEnvironment = candidate.jobs.get(job);
  if (environment !== undefined || !byEnvironment) return judge(byEnvironment?.get(environment ?? '') ?? [], policy, asOf, waived);
  if (byEnvironment.size === 1) return judge(byEnvironment.values().next().value!, policy, asOf, waived);
  let worst: Verdict | undefined;
  let worstEnvironment = '';
  const runs: IndexedRun[] = [];
  byEnvironment.forEach((list, env) => {
    const verdict = judge(list, policy, asOf, waived);
    for (const r of verdict.runs) runs.push(r);
    if (!worst || rank(verdict) > rank(worst)) {
      worst = verdict;
      worstEnvironment = env;
    }
  });
  const detail = worst!.satisfied ? worst!.detail : `${worstEnvironment || 'no environment'}: ${worst!.detail}`;
  return { state: worst!.state, satisfied: worst!.satisfied, detail, runs };
}

/** How bad a verdict is, for picking the worst environment; the inverse picks the best alternative. */
const badness = { passed: 0, flaky: 1, missing: 2, stale: 3, errored: 4, failed: 5 } as const;
const rank = (v: Verdict): number => (v.satisfied ? badness[v.state] : 10 + badness[v.state]);

/** The required job, unless it did not pass cleanly and an alternative did better. */
function judgeAlternatives(candidate: CandidateRuns, plan: RequirementPlan, environment: string | undefined, asOf: number) {
  const first = { job: plan.jobs[0]!, verdict: judgeJob(candidate, plan.jobs[0]!, environment, plan.policy, asOf) };
  if (plan.jobs.length === 1 || first.verdict.state === 'passed') return first;
  return bestOf([first, ...plan.jobs.slice(1).map((job) => ({ job, verdict: judgeJob(candidate, job, environment, plan.policy, asOf) }))]);
}

/** Among a job and its alternatives: a satisfied one if any, else the most telling failure. */
function bestOf(options: { job: string; verdict: Verdict }[]): { job: string; verdict: Verdict } {
  const satisfied = options.filter((o) => o.verdict.satisfied);
  if (satisfied.length) return satisfied.reduce((a, b) => (rank(b.verdict) < rank(a.verdict) ? b : a));
  return options.reduce((a, b) => (rank(b.verdict) > rank(a.verdict) ? b : a));
}
