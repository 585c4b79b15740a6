import { z } from 'zod';
import { decidePromotions } from '../../src/core/promotion/decide.ts';
import type { CandidateDecision, LevelDecision, PromotionModel, RequirementDecision } from '../../src/core/promotion/types.ts';
import { levelSchema, runSchema, waiverSchema } from '../../src/core/schemas/index.ts';

/** The clock every fixture is decided against: 2026-11-24 12:00 UTC. */
export const now = Date.parse('2026-11-24T12:00:00Z');
const hour = 3_600_000;

/** A timestamp `hoursAgo` hours before `now`. */
export const ago = (hoursAgo: number): string => new Date(now - hoursAgo * hour).toISOString();

/** A level as a content entry would hold it, defaults applied by the real schema. */
export const level = (id: string, data: z.input<typeof levelSchema>) => ({ id, data: levelSchema.parse(data) });

/** A finished run of candidate "c1" two hours ago unless told otherwise. */
export function run(fields: Partial<z.input<typeof runSchema>> & { job: string }) {
  const startedAt = fields.startedAt ?? ago(3);
  return runSchema.parse({ candidate: 'c1', outcome: 'passed', startedAt, finishedAt: ago(2), ...fields });
}

export const waiver = (fields: Partial<z.input<typeof waiverSchema>>) =>
  waiverSchema.parse({ candidate: 'c1', reason: 'known issue', approver: 'ana-lima', expires: '2026-12-31', ...fields });

type Input = {
  levels: ReturnType<typeof level>[];
  runs: ReturnType<typeof run>[];
  waivers?: ReturnType<typeof waiver>[];
  asOf?: number;
};

/** Decides fixtures as if loaded from results/r.json and waivers/w.yaml. */
export function decide({ levels, runs, waivers = [], asOf }: Input): PromotionModel {
  return decidePromotions(
    { levels, results: [{ file: 'results/r.json', data: { runs } }], waivers: [{ file: 'waivers/w.yaml', data: { waivers } }] },
    { now, asOf },
  );
}

export const candidateOf = (model: PromotionModel, id = 'c1'): CandidateDecision => model.candidates.find((c) => c.candidate === id)!;
export const levelOf = (model: PromotionModel, levelId: string, id = 'c1'): LevelDecision =>
  candidateOf(model, id).levels.find((l) => l.level === levelId)!;

/** The single requirement of a one-requirement level "l" decided for c1. */
export function only(input: Input): RequirementDecision {
  const rows = levelOf(decide(input), input.levels[0]!.id).requirements;
  if (rows.length !== 1) throw new Error(`expected one requirement row, got ${rows.length}`);
  return rows[0]!;
}
