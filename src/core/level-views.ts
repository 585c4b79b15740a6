import type { Entry } from './load/load.ts';
import { levelHistory, promotionPace, rowCount, type CandidateDecision, type Promotion, type PromotionModel, type PromotionPace } from './promotion/index.ts';
import type { Level } from './schemas/index.ts';

/** A promotion level with its policy, the candidates at it and when each got there. */
export interface LevelView {
  id: string;
  file: string;
  data: Level;
  /** Candidates whose highest level is this one, newest first. */
  candidates: CandidateDecision[];
  /** Every promotion to this level, most recent first. */
  history: Promotion[];
  /** How often the level is reached, and how long candidates take to reach it. */
  pace: PromotionPace;
  /** Required jobs as decisions count them: one per required environment of each requirement. */
  requiredJobs: number;
}

/** The levels in chain order (first to last), each with what the decisions say of it. */
export function levelViews(promotion: PromotionModel, levels: readonly Entry<Level>[]): LevelView[] {
  const levelFiles = new Map(levels.map((l) => [l.id, l]));
  return promotion.levels.map((info) => {
    const { file, data } = levelFiles.get(info.id)!;
    const history = levelHistory(promotion, info.id);
    return {
      id: info.id,
      file,
      data,
      candidates: promotion.candidates.filter((c) => c.highestLevel === info.id),
      history,
      pace: promotionPace(history, promotion.asOf),
      requiredJobs: data.requirements.reduce((sum, r) => sum + rowCount(r), 0),
    };
  });
}
