import type { Promotion } from './qualify.ts';

/**
 * How often a level is reached and how long candidates take to reach it.
 * Trunk chasing keeps the gap between tested commits and releases small:
 * a level nothing has reached for days, or that takes a candidate a week
 * to climb, is what release managers look at first.
 */
export interface PromotionPace {
  /** Promotions in the level's history, those whose results went stale since included. */
  promotions: number;
  /**
   * The most recent promotion, how long before the decision time it came (ms),
   * and whether its results have gone stale since: then no candidate may hold
   * the level, and the page must not let the promotion read as current.
   */
  last?: { candidate: string; promotedAt: string; before: number; lapsed: boolean };
  /** Median time from a candidate's first run to its promotion (ms). */
  medianWait?: number;
  /** Median time from one promotion to the next (ms); needs two promotions. */
  medianInterval?: number;
}

/** The pace of one level, from its history (most recent first, as `levelHistory` lists it) as of `asOf` (ISO). */
export function promotionPace(history: readonly Promotion[], asOf: string): PromotionPace {
  const newest = history[0];
  if (!newest) return { promotions: 0 };
  const times = history.map((p) => Date.parse(p.promotedAt));
  const intervals = times.slice(1).map((time, i) => times[i]! - time);
  return {
    promotions: history.length,
    last: { candidate: newest.candidate, promotedAt: newest.promotedAt, before: Math.max(0, Date.parse(asOf) - times[0]!), lapsed: newest.lapsed },
    medianWait: median(history.map((p) => p.waited)),
    medianInterval: intervals.length ? median(intervals) : undefined,
  };
}

/** The middle value; the mean of the two middle ones for an even count. */
function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
