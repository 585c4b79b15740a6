import { decideRequirement, rowCount, type RequirementPlan } from './requirement.ts';
import type { CandidateRuns } from './runs.ts';
import type { LevelDecision, RequirementDecision } from './types.ts';
import type { ActiveWaiver } from './waivers.ts';

/**
 * When a level not reached now was reached on results that have since gone
 * stale; undefined when it never was. A promotion is an event (DLRN tags the
 * build): age takes the level away from the candidate now, not from history.
 *
 * The level is judged again as of the last result of a job it requires,
 * when its results were as fresh as they would ever be (a later result of
 * another level's job changes nothing here). Only age changes with the
 * decision time, so only requirements with a stale row need judging again;
 * the others were met then as they are now. The prerequisite must have been
 * reached too, now or before going stale itself.
 */
export function lapsedPromotion(
  candidate: CandidateRuns, requirements: readonly RequirementPlan[], rows: readonly RequirementDecision[],
  waivers: readonly ActiveWaiver[], asOf: number, prerequisite: LevelDecision | undefined, hasPrerequisite: boolean, firstSeen: string,
): LevelDecision['lapsed'] {
  if (!rows.some((r) => r.state === 'stale') || rows.some((r) => !r.satisfied && r.state !== 'stale')) return undefined;
  const then = lastResult(candidate, requirements);
  if (!(then < asOf)) return undefined;
  let latest = prerequisite?.promotedAt ?? prerequisite?.lapsed?.promotedAt;
  if (hasPrerequisite && latest === undefined) return undefined;
  let at = 0;
  for (const plan of requirements) {
    const own = rows.slice(at, (at += rowCount(plan.requirement)));
    const judged: RequirementDecision[] = [];
    if (own.some((r) => r.state === 'stale')) decideRequirement(candidate, plan, waivers, then, judged);
    for (const row of judged.length ? judged : own) {
      if (!row.satisfied) return undefined;
      if (row.finishedAt !== undefined && (latest === undefined || row.finishedAt > latest)) latest = row.finishedAt;
    }
  }
  return { promotedAt: latest ?? firstSeen };
}

/** When the last finished run of a job the level requires (or allows instead) finished. */
function lastResult(candidate: CandidateRuns, requirements: readonly RequirementPlan[]): number {
  let last = -Infinity;
  for (const plan of requirements) {
    for (const job of plan.jobs) for (const run of candidate.jobs.get(job) ?? []) if (run.finished && run.end > last) last = run.end;
  }
  return last;
}
