import { byCodeUnit } from '../order.ts';
import type { Level } from '../schemas/promotion.ts';
import { countStates, summarize } from './explain.ts';
import { lapsedPromotion } from './lapsed.ts';
import { orderLevels, type LevelSource } from './levels.ts';
import { decideRequirement, type RequirementPlan } from './requirement.ts';
import { groupRuns, indexCandidate, type CandidateRuns, type ResultSource } from './runs.ts';
import { isoInstant, parseDuration, utcDay } from './time.ts';
import type { CandidateDecision, LevelDecision, PromotionModel, RequirementDecision } from './types.ts';
import { activeWaivers, candidateMatcher, waiversAt, type ActiveWaiver, type WaiverSource } from './waivers.ts';

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
interface LevelPlan {
  id: string;
  level: Level;
  requirements: RequirementPlan[];
}

/**
 * Decides every candidate against every level, newest candidate first. Each
 * candidate's runs are indexed just before it is decided; each decision is
 * then a handful of map lookups, which keeps 200,000 runs within a fraction
 * of the time it takes to read them.
 */
export function decidePromotions(input: PromotionInput, options: DecideOptions): PromotionModel {
  const asOf = Math.min(options.asOf ?? options.now, options.now);
  const { ordered } = orderLevels(input.levels);
  const plans = ordered.map(planLevel);
  const waivers = activeWaivers(input.waivers ?? [], utcDay(asOf));
  const decided: Decided[] = [];
  for (const group of groupRuns(input.results).values()) {
    const candidate = indexCandidate(group, asOf);
    if (candidate) decided.push({ firstStart: candidate.firstStart, decision: decideCandidate(candidate, plans, waivers, asOf) });
  }
  decided.sort(newestFirst);
  return {
    asOf: isoInstant(asOf),
    levels: ordered.map((l, position) => ({ id: l.id, name: l.data.name, after: l.data.after, position, qualifies: l.data.qualifies })),
    candidates: decided.map(({ decision }) => decision),
  };
}

type Decided = { firstStart: number; decision: CandidateDecision };

/** Newest first; candidates first seen at the same instant by id, so that every build lists them alike. */
const newestFirst = (a: Decided, b: Decided): number =>
  b.firstStart - a.firstStart || byCodeUnit(b.decision.candidate, a.decision.candidate);

function planLevel({ id, data }: LevelSource): LevelPlan {
  const levelAge = data.maxAge === undefined ? undefined : parseDuration(data.maxAge);
  return {
    id,
    level: data,
    requirements: data.requirements.map((requirement) => ({
      requirement,
      jobs: [requirement.job, ...requirement.alternatives],
      appliesTo: requirement.appliesTo.map(candidateMatcher),
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
    decided.set(plan.id, decideLevel(candidate, plan, waiversAt(forCandidate, plan.id), asOf, prerequisite, firstSeen));
  }
  const levels = [...decided.values()];
  const next = levels.find((l) => !l.reached);
  // Every decision has the same keys (absent ones undefined, which JSON leaves out): one object shape.
  return {
    candidate: candidate.id,
    stream: candidate.stream,
    version: candidate.version,
    commit: candidate.commit,
    firstSeen,
    highestLevel: levels.findLast((l) => l.reached)?.level,
    next: next && { level: next.level, unblock: next.unblock },
    levels,
  };
}

function decideLevel(
  candidate: CandidateRuns, plan: LevelPlan, waivers: readonly ActiveWaiver[], asOf: number,
  prerequisite: LevelDecision | undefined, firstSeen: string,
): LevelDecision {
  const rows: RequirementDecision[] = [];
  for (const req of plan.requirements) decideRequirement(candidate, req, waivers, asOf, rows);
  const after = plan.level.after;
  const prerequisiteMet = after === undefined || prerequisite?.reached === true;
  const satisfied = rows.every((r) => r.satisfied);
  const reached = satisfied && prerequisiteMet;
  const lapsed = reached ? undefined : lapsedPromotion(candidate, plan.requirements, rows, waivers, asOf, prerequisite, after !== undefined, firstSeen);
  const unblock = prerequisiteMet ? [] : [`reach "${after}" first (levels cannot be skipped)`];
  for (const row of rows) if (!row.satisfied) unblock.push(row.unblock!);
  return {
    level: plan.id,
    name: plan.level.name,
    status: reached ? 'reached' : satisfied ? 'waiting' : 'blocked',
    reached,
    satisfied,
    after,
    requirements: rows,
    counts: countStates(rows),
    summary: summarize(rows),
    promotedAt: reached ? promotedAt(rows, prerequisite, firstSeen) : undefined,
    lapsed,
    unblock,
  };
}

/**
 * When a reached level was reached: when the last result it needed came in,
 * or its prerequisite was reached if that was later; a level that needed no
 * result was reached when the candidate was first seen. These instants are
 * all written by `isoInstant`, in one form, so they compare as strings.
 */
function promotedAt(rows: readonly RequirementDecision[], prerequisite: LevelDecision | undefined, firstSeen: string): string {
  let latest = prerequisite?.promotedAt;
  for (const row of rows) if (row.finishedAt !== undefined && (latest === undefined || row.finishedAt > latest)) latest = row.finishedAt;
  return latest ?? firstSeen;
}
