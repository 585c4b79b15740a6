import type { Release } from '../schemas/releases.ts';
import type { CandidateDecision, LevelDecision, LevelInfo, PromotionModel } from './types.ts';
import { candidateMatcher } from './waivers.ts';

/** The candidate that may ship a release, and the level it had to reach. */
export interface Qualification {
  /** The level required: the release's `qualifyingLevel`, else the first level that qualifies its type. */
  level?: string;
  /** The newest candidate that reached it; undefined when none has, and for a release that has shipped. */
  candidate?: CandidateDecision;
  /** When that candidate reached the level (ISO). */
  promotedAt?: string;
  /** True when it reached the level on results that have since gone stale (no candidate holds the level now). */
  lapsed?: boolean;
  /**
   * When no candidate has reached the level, not even on results since gone
   * stale: the one that climbed highest (the newest of those), which would
   * ship the release first, and the first level it has not reached, so that
   * its page can say what still blocks it.
   * Undefined when no candidate can ship the release at all.
   */
  closest?: { candidate: CandidateDecision; blockedAt: LevelDecision };
}

/** The level a release needs: the one it names, else the first (lowest) level that lists its type. */
export function requiredLevel(model: PromotionModel, release: Pick<Release, 'type' | 'qualifyingLevel'>): LevelInfo | undefined {
  if (release.qualifyingLevel !== undefined) return model.levels.find((l) => l.id === release.qualifyingLevel);
  return model.levels.find((l) => l.qualifies.includes(release.type));
}

/**
 * DLRN's rule: the newest candidate at or above the required level qualifies.
 * Levels cannot be skipped, so "at or above" is "reached the required level".
 * When no candidate holds the level now, the newest that reached it on
 * results since gone stale is named, as such: it was promoted, and a rerun
 * may confirm it. A release's `candidates` pattern, matched against each
 * candidate's id or stream, keeps a maintenance release to its own branch's builds.
 * A release that has `shipped` gets its level only: the newest candidate of
 * its stream is then a later release's, not the one that shipped it.
 */
export function qualifyRelease(model: PromotionModel, release: Pick<Release, 'type' | 'qualifyingLevel' | 'candidates'>, shipped = false): Qualification {
  const level = requiredLevel(model, release);
  if (!level) return {};
  if (shipped) return { level: level.id };
  const matches = release.candidates === undefined ? undefined : candidateMatcher(release.candidates);
  let lapsed: Qualification | undefined;
  let closest: { candidate: CandidateDecision; height: number } | undefined;
  for (const candidate of model.candidates) {
    if (matches && !matches({ id: candidate.candidate, stream: candidate.stream })) continue;
    const decision = candidate.levels[level.position];
    if (decision?.reached) return { level: level.id, candidate, promotedAt: decision.promotedAt };
    if (decision?.lapsed) lapsed ??= { level: level.id, candidate, promotedAt: decision.lapsed.promotedAt, lapsed: true };
    // Newest first: a later candidate replaces the closest only by climbing higher.
    const height = candidate.levels.filter((l) => l.reached).length;
    if (closest === undefined || height > closest.height) closest = { candidate, height };
  }
  if (lapsed) return lapsed;
  // Levels are climbed in order: the first one it has not reached is where it is blocked now.
  const blockedAt = closest?.candidate.levels[closest.height];
  return { level: level.id, ...(closest && blockedAt && { closest: { candidate: closest.candidate, blockedAt } }) };
}

/** One promotion in a level's history. */
export interface Promotion {
  candidate: string;
  stream?: string;
  promotedAt: string;
  /** Milliseconds from the candidate's first run to this promotion: how long the level took to reach. */
  waited: number;
  /** True when the candidate no longer holds the level: its results have since gone stale. */
  lapsed: boolean;
}

/** Every promotion to a level as of the model's time, most recent first, those whose results went stale since included. */
export function levelHistory(model: PromotionModel, levelId: string): Promotion[] {
  const position = model.levels.findIndex((l) => l.id === levelId);
  if (position < 0) return [];
  return model.candidates
    .flatMap((c) => {
      const decision = c.levels[position]!;
      const promotedAt = decision.promotedAt ?? decision.lapsed?.promotedAt;
      if (promotedAt === undefined) return [];
      const waited = Date.parse(promotedAt) - Date.parse(c.firstSeen);
      return [{ candidate: c.candidate, ...(c.stream ? { stream: c.stream } : {}), promotedAt, waited, lapsed: !decision.reached }];
    })
    .sort((a, b) => (a.promotedAt < b.promotedAt ? 1 : a.promotedAt > b.promotedAt ? -1 : 0));
}
