import type { PortalModel } from '../portal-model.ts';
import type { CandidateDecision } from '../promotion/index.ts';
import { API_SCHEMA_VERSION } from './api-schemas.ts';

type Model = Pick<PortalModel, 'promotion' | 'clock' | 'qualifications'>;

const envelope = (model: Model) => ({
  schema_version: API_SCHEMA_VERSION,
  generated_at: new Date(model.clock.now).toISOString(),
  as_of: model.promotion.asOf,
});

/**
 * /api/v1/promotion.json: each candidate's highest level and per-level
 * summary, plus which candidate qualifies each release. Full evidence is in
 * the per-candidate documents, to keep this one small.
 */
export function promotionDocument(model: Model, site: URL) {
  return {
    ...envelope(model),
    levels: model.promotion.levels.map(({ id, name, after, qualifies }) => ({ id, name, after: after ?? null, qualifies })),
    candidates: model.promotion.candidates.map((c) => ({
      id: c.candidate,
      stream: c.stream ?? null,
      version: c.version ?? null,
      first_seen: c.firstSeen,
      highest_level: c.highestLevel ?? null,
      levels: Object.fromEntries(c.levels.map((l) => [l.level, { status: l.status, summary: l.summary, promoted_at: l.promotedAt ?? null }])),
      api: new URL(`api/v1/candidates/${c.candidate}.json`, site).href,
    })),
    releases: Object.fromEntries(
      [...model.qualifications].map(([release, q]) => [release, { level: q.level ?? null, candidate: q.candidate?.candidate ?? null, promoted_at: q.promotedAt ?? null }]),
    ),
  };
}

/** /api/v1/candidates/<id>.json: the whole decision for one candidate. */
export function candidateDocument(model: Model, candidate: CandidateDecision) {
  return { ...envelope(model), candidate };
}
