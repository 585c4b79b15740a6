import type { z } from 'zod';
import type { PortalModel } from '../portal-model.ts';
import type { CandidateDecision, Evidence, RequirementDecision } from '../promotion/index.ts';
import { isoInstant, parseInstant } from '../promotion/time.ts';
import { envelopeAt } from './api-envelope.ts';
import type { ApiCandidate, promotionDocuments } from './promotion-api-schemas.ts';

type Model = Pick<PortalModel, 'promotion' | 'levels' | 'clock' | 'qualifications'>;

const envelope = (model: Model) => ({ ...envelopeAt(model.clock), as_of: model.promotion.asOf });

/**
 * /api/v1/promotion.json: each candidate's highest level and per-level
 * summary, plus which candidate qualifies each release. Full evidence is in
 * the per-candidate documents, to keep this one small.
 */
export function promotionDocument(model: Model, site: URL): z.infer<typeof promotionDocuments.promotion> {
  const url = (path: string) => new URL(path, site).href;
  return {
    ...envelope(model),
    levels: model.promotion.levels.map(({ id, name, after, qualifies }, i) => {
      const { pace } = model.levels[i]!;
      return {
        id, name, after: after ?? null, qualifies: [...qualifies],
        last_promotion: pace.last ? { candidate: pace.last.candidate, promoted_at: pace.last.promotedAt } : null,
        median_seconds_to_reach: pace.medianWait === undefined ? null : Math.round(pace.medianWait / 1000),
        url: url(`promotion/levels/${id}/`),
      };
    }),
    candidates: model.promotion.candidates.map((c) => ({
      id: c.candidate,
      stream: c.stream ?? null,
      version: c.version ?? null,
      first_seen: c.firstSeen,
      highest_level: c.highestLevel ?? null,
      levels: c.levels.map((l) => ({ level: l.level, status: l.status, summary: l.summary, promoted_at: l.promotedAt ?? null, lapsed_promoted_at: l.lapsed?.promotedAt ?? null })),
      url: url(candidatePage(c.candidate)),
      api: url(candidateApi(c.candidate)),
    })),
    releases: Object.fromEntries(
      [...model.qualifications].map(([release, q]) => [release, q.lapsed
        ? { level: q.level ?? null, candidate: null, promoted_at: null, lapsed_candidate: q.candidate?.candidate ?? null, lapsed_promoted_at: q.promotedAt ?? null }
        : { level: q.level ?? null, candidate: q.candidate?.candidate ?? null, promoted_at: q.promotedAt ?? null, lapsed_candidate: null, lapsed_promoted_at: null }]),
    ),
  };
}

/** /api/v1/candidates/<id>.json: the whole decision for one candidate, in the API's snake_case. */
export function candidateDocument(model: Model, candidate: CandidateDecision, site: URL): z.infer<typeof promotionDocuments.candidate> {
  return { ...envelope(model), candidate: apiCandidate(candidate, site) };
}

// A candidate's page and document, linked as a release links its own.
const candidatePage = (id: string) => `promotion/candidates/${id}/`;
const candidateApi = (id: string) => `api/v1/candidates/${id}.json`;

function apiCandidate(c: CandidateDecision, site: URL): ApiCandidate {
  return {
    id: c.candidate,
    stream: c.stream ?? null,
    version: c.version ?? null,
    commit: c.commit ?? null,
    first_seen: c.firstSeen,
    highest_level: c.highestLevel ?? null,
    next: c.next ?? null,
    url: new URL(candidatePage(c.candidate), site).href,
    api: new URL(candidateApi(c.candidate), site).href,
    levels: c.levels.map((l) => ({
      level: l.level, name: l.name, status: l.status, reached: l.reached, satisfied: l.satisfied, after: l.after ?? null,
      counts: l.counts, summary: l.summary, promoted_at: l.promotedAt ?? null, lapsed_promoted_at: l.lapsed?.promotedAt ?? null, unblock: l.unblock,
      requirements: l.requirements.map(apiRequirement),
    })),
  };
}

function apiRequirement(r: RequirementDecision): ApiCandidate['levels'][number]['requirements'][number] {
  return {
    job: r.job, decided_by: r.decidedBy ?? null, alternatives: r.alternatives, environment: r.environment ?? null,
    description: r.description ?? null, threshold: r.threshold, state: r.state, satisfied: r.satisfied,
    waived_state: r.waivedState ?? null,
    waiver: r.waiver ? { file: r.waiver.file, index: r.waiver.index, reason: r.waiver.reason, approver: r.waiver.approver, expires: r.waiver.expires, test: r.waiver.test ?? null } : null,
    detail: r.detail, unblock: r.unblock ?? null, finished_at: r.finishedAt ?? null,
    evidence: r.evidence.map(apiEvidence),
  };
}

function apiEvidence(e: Evidence): ApiCandidate['levels'][number]['requirements'][number]['evidence'][number] {
  return {
    job: e.job, environment: e.environment ?? null, outcome: e.outcome, started_at: utc(e.startedAt), finished_at: e.finishedAt === undefined ? null : utc(e.finishedAt),
    url: e.url ?? null, file: e.file,
    failing_cases: e.failingCases.map((c) => ({ name: c.name, classname: c.classname ?? null, outcome: c.outcome as 'failed' | 'errored', message: c.message ?? null, waived: c.waived })),
    flaky_cases: [...e.flakyCases],
  };
}

/**
 * A result timestamp as every other instant of the API is written (UTC, with
 * milliseconds): result files keep the offset their CI wrote, and a client
 * comparing or sorting the strings would otherwise get them wrong.
 */
const utc = (written: string): string => isoInstant(parseInstant(written));
