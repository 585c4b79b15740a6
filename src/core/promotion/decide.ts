import type { Level, Requirement } from '../schemas/promotion.ts';
import { countStates, summarize, unblockText } from './explain.ts';
import { judge, type JudgePolicy, type Verdict } from './judge.ts';
import { orderLevels, type LevelSource } from './levels.ts';
import { indexRuns, type CandidateRuns, type ResultSource } from './runs.ts';
import { isoInstant, parseDuration, utcDay } from './time.ts';
import type { CandidateDecision, Evidence, FailingCase, IndexedRun, LevelDecision, PromotionModel, RequirementDecision } from './types.ts';
import { activeWaivers, jobWaiver, patternMatcher, testWaivers, waiversFor, type ActiveWaiver, type WaiverSource } from './waivers.ts';

/** What decisions are made from: the `levels`, `results` and `waivers` of loaded content fit as they are. */
export interface PromotionInput {
  levels: readonly LevelSource[];
  results: readonly ResultSource[];
  waivers?: readonly WaiverSource[];
}

export interface DecideOptions {
  /** The build clock (ms since the epoch): staleness and waiver expiry are measured against it. */
  now: number;
  /** Decide as things stood at this earlier instant (history): later runs are ignored. Defaults to `now`. */
  asOf?: number;
}

/** A requirement with everything that does not depend on the candidate worked out once. */
interface RequirementPlan {
  requirement: Requirement;
  policy: JudgePolicy;
  jobs: string[];
  appliesTo: ((name: string) => boolean)[];
}

interface LevelPlan {
  id: string;
  level: Level;
  requirements: RequirementPlan[];
}

/**
 * Decides every candidate against every level. Runs are indexed in one pass;
 * each decision is then a handful of map lookups, which keeps 200,000 runs
 * within a fraction of the time it takes to read them.
 */
export function decidePromotions(input: PromotionInput, options: DecideOptions): PromotionModel {
  const asOf = Math.min(options.asOf ?? options.now, options.now);
  const { ordered } = orderLevels(input.levels);
  const plans = ordered.map(planLevel);
  const waivers = activeWaivers(input.waivers ?? [], utcDay(asOf));
  const candidates = [...indexRuns(input.results, asOf).values()].sort(
    (a, b) => b.firstStart - a.firstStart || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
  return {
    asOf: isoInstant(asOf),
    levels: ordered.map((l, position) => ({ id: l.id, name: l.data.name, after: l.data.after, position, qualifies: l.data.qualifies })),
    candidates: candidates.map((candidate) => decideCandidate(candidate, plans, waivers, asOf)),
  };
}

function planLevel({ id, data }: LevelSource): LevelPlan {
  const levelAge = data.maxAge === undefined ? undefined : parseDuration(data.maxAge);
  return {
    id,
    level: data,
    requirements: data.requirements.map((requirement) => ({
      requirement,
      jobs: [requirement.job, ...requirement.alternatives],
      appliesTo: requirement.appliesTo.map(patternMatcher),
      policy: {
        threshold: requirement.threshold,
        maxAge: requirement.maxAge === undefined ? levelAge : parseDuration(requirement.maxAge),
        flaky: data.flaky,
      },
    })),
  };
}

function decideCandidate(candidate: CandidateRuns, plans: readonly LevelPlan[], waivers: readonly ActiveWaiver[], asOf: number): CandidateDecision {
  const decided = new Map<string, LevelDecision>();
  const forCandidate = waivers.filter((w) => w.matches(candidate.id));
  const firstSeen = isoInstant(candidate.firstStart);
  for (const plan of plans) {
    const after = plan.level.after;
    const prerequisite = after === undefined ? undefined : decided.get(after);
    decided.set(plan.id, decideLevel(candidate, plan, waiversFor(forCandidate, candidate.id, plan.id), asOf, prerequisite, firstSeen));
  }
  const levels = [...decided.values()];
  const highest = levels.findLast((l) => l.reached);
  const next = levels.find((l) => !l.reached);
  return {
    candidate: candidate.id,
    ...(candidate.stream === undefined ? {} : { stream: candidate.stream }),
    ...(candidate.version === undefined ? {} : { version: candidate.version }),
    ...(candidate.commit === undefined ? {} : { commit: candidate.commit }),
    firstSeen,
    ...(highest ? { highestLevel: highest.level } : {}),
    ...(next ? { next: { level: next.level, unblock: next.unblock } } : {}),
    levels,
  };
}

function decideLevel(
  candidate: CandidateRuns, plan: LevelPlan, waivers: readonly ActiveWaiver[], asOf: number,
  prerequisite: LevelDecision | undefined, firstSeen: string,
): LevelDecision {
  const rows = plan.requirements.flatMap((req) => decideRequirement(candidate, req, waivers, asOf));
  const satisfied = rows.every((r) => r.satisfied);
  const after = plan.level.after;
  const prerequisiteMet = after === undefined || prerequisite?.reached === true;
  const reached = satisfied && prerequisiteMet;
  const unblock = [
    ...(prerequisiteMet ? [] : [`reach "${after}" first (levels cannot be skipped)`]),
    ...rows.filter((r) => !r.satisfied).map((r) => r.unblock!),
  ];
  let promotedAt: string | undefined;
  if (reached) {
    const times = [prerequisite?.promotedAt, ...rows.map((r) => r.finishedAt)].filter((t) => t !== undefined);
    promotedAt = times.length ? times.reduce((a, b) => (a > b ? a : b)) : firstSeen;
  }
  return {
    level: plan.id,
    name: plan.level.name,
    status: reached ? 'reached' : satisfied ? 'waiting' : 'blocked',
    reached,
    satisfied,
    ...(after === undefined ? {} : { after }),
    requirements: rows,
    counts: countStates(rows),
    summary: summarize(rows),
    ...(promotedAt === undefined ? {} : { promotedAt }),
    unblock,
  };
}

function decideRequirement(candidate: CandidateRuns, plan: RequirementPlan, waivers: readonly ActiveWaiver[], asOf: number): RequirementDecision[] {
  const { requirement } = plan;
  const environments = requirement.environments.length ? requirement.environments : [undefined];
  const applies = plan.appliesTo.length === 0 ||
    plan.appliesTo.some((match) => match(candidate.id) || (candidate.stream !== undefined && match(candidate.stream)));
  return environments.map((environment): RequirementDecision => {
    const row: RequirementDecision = { job: requirement.job, alternatives: requirement.alternatives, threshold: requirement.threshold, state: 'excluded', satisfied: true, detail: '', evidence: [] };
    if (requirement.description !== undefined) row.description = requirement.description;
    if (environment !== undefined) row.environment = environment;
    if (!applies) {
      row.detail = `applies only to ${requirement.appliesTo.join(', ')}`;
      return row;
    }
    let { job, verdict } = judgeAlternatives(candidate, plan, environment, asOf);
    Object.assign(row, { decidedBy: job, state: verdict.state, satisfied: verdict.satisfied, detail: verdict.detail });
    let waived: ReadonlySet<string> | undefined;
    if (!verdict.satisfied) {
      const byTest = waiveTests(candidate, plan, environment, waivers, asOf);
      if (byTest) {
        ({ job, verdict, waived } = byTest);
        Object.assign(row, { decidedBy: job, state: 'waived', satisfied: true, waivedState: row.state, waiver: byTest.waiver, detail: `${verdict.detail}; failing test case(s) waived` });
      } else {
        const whole = jobWaiver(waivers, plan.jobs);
        if (whole) Object.assign(row, { state: 'waived', satisfied: true, waivedState: row.state, waiver: whole.applied, detail: `${row.detail} (waived)` });
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
  for (const [env, list] of byEnvironment) {
    const verdict = judge(list, policy, asOf, waived);
    for (const r of verdict.runs) runs.push(r);
    if (!worst || rank(verdict) > rank(worst)) [worst, worstEnvironment] = [verdict, env];
  }
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

/**
 * A run as evidence. The same run backs several requirements and levels, so
 * it is made once and shared, except where test waivers mark its cases.
 */
/** Most runs have no failing or retried case: they share one empty list. */
const none: readonly never[] = Object.freeze([]);

function evidence(indexed: IndexedRun, waived?: ReadonlySet<string>): Evidence {
  if (!waived && indexed.evidence) return indexed.evidence;
  const { run } = indexed;
  let failingCases: FailingCase[] | undefined;
  let flakyCases: string[] | undefined;
  for (const c of run.cases) {
    if (c.outcome === 'failed' || c.outcome === 'errored') {
      (failingCases ??= []).push({ name: c.name, classname: c.classname, outcome: c.outcome, message: c.message, waived: waived?.has(c.name) ?? false });
    } else if (c.outcome === 'passed' && c.retries > 0) (flakyCases ??= []).push(c.name);
  }
  // One object shape for every run (absent fields are undefined, which JSON leaves out).
  const made: Evidence = {
    job: run.job,
    environment: run.environment,
    outcome: indexed.finished ? run.outcome : 'running',
    startedAt: withZone(run.startedAt),
    finishedAt: indexed.finished && run.finishedAt !== undefined ? withZone(run.finishedAt) : undefined,
    url: run.url,
    file: indexed.file,
    failingCases: failingCases ?? none,
    flakyCases: flakyCases ?? none,
  };
  if (!waived) indexed.evidence = made;
  return made;
}

const zoned = /(?:[zZ]|[+-]\d\d(?::?\d\d)?)$/;

/** A result timestamp as written, read as UTC when it names no zone (see parseInstant). */
const withZone = (value: string): string => (zoned.test(value) ? value : `${value}Z`);
