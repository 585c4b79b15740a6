import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPortalModel, type PortalModel } from '../../src/core/portal-model.ts';
import { apiDocumentsFor } from '../../src/core/publish/api.ts';
import { apiJsonSchemas } from '../../src/core/publish/api-schemas.ts';
import { candidateDocument, promotionDocument } from '../../src/core/publish/promotion-api.ts';
import { createClock } from '../../src/core/schedule/clock.ts';
import { validateContent } from '../../src/core/validate/validate.ts';
import { decide, level, run } from '../promotion/fixtures.ts';

const site = new URL('https://rel.example.org/');
let model: PortalModel;

beforeAll(async () => {
  // The sample community: candidates in every state, waivers and evidence of each kind.
  const { content } = await validateContent('content');
  model = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-11-24T12:00:00Z' }));
});

describe('the promotion documents of the JSON API', () => {
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const schemas = apiJsonSchemas();

  it('validate against their published JSON Schemas, every candidate file included', () => {
    const promotion = ajv.compile(schemas.promotion);
    expect(promotion(promotionDocument(model, site)), JSON.stringify(promotion.errors)).toBe(true);
    const candidate = ajv.compile(schemas.candidate);
    for (const decision of model.promotion.candidates) {
      expect(candidate(candidateDocument(model, decision, site)), `${decision.candidate}: ${JSON.stringify(candidate.errors)}`).toBe(true);
    }
  });

  it('write a candidate in snake_case, as the release documents are, with absent fields as null', () => {
    const waived = model.promotion.candidates.find((c) => c.levels.some((l) => l.requirements.some((r) => r.state === 'waived')))!;
    const { candidate } = candidateDocument(model, waived, site);
    expect(Object.keys(candidate)).toEqual(['id', 'stream', 'version', 'commit', 'first_seen', 'highest_level', 'next', 'url', 'api', 'levels']);
    const row = candidate.levels.flatMap((l) => l.requirements).find((r) => r.state === 'waived')!;
    expect(row).toMatchObject({ waived_state: expect.any(String), waiver: { approver: expect.any(String), expires: expect.any(String) } });
    const evidence = candidate.levels.flatMap((l) => l.requirements).flatMap((r) => r.evidence)[0]!;
    expect(Object.keys(evidence)).toEqual(['job', 'environment', 'outcome', 'started_at', 'finished_at', 'url', 'file', 'failing_cases', 'flaky_cases']);
    expect(JSON.stringify(candidate)).not.toMatch(/"[a-z]+[A-Z]\w*":/);
  });
});

describe('a candidate in the promotion document', () => {
  it('lists its levels as its own document does, in the policy\'s order, without the requirements', () => {
    const { candidates, levels } = promotionDocument(model, site);
    for (const summary of candidates) {
      const { candidate } = candidateDocument(model, model.promotion.candidates.find((c) => c.candidate === summary.id)!, site);
      expect(summary.levels.map((l) => l.level)).toEqual(levels.map((l) => l.id));
      expect(summary.levels).toEqual(candidate.levels.map(({ level, status, summary: text, promoted_at, lapsed_promoted_at }) => ({ level, status, summary: text, promoted_at, lapsed_promoted_at })));
    }
  });
});

describe('a release whose candidate no longer holds its level', () => {
  it('has no `candidate`, and names the lapsed one apart, with when it reached the level', async () => {
    // A week later, the weekly results of both Hyacinth 2026.1.2 candidates have gone stale.
    const { content } = await validateContent('content');
    const later = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-12-01T12:00:00Z' }));
    const release = promotionDocument(later, site).releases['hyacinth-2026-1-2'];
    expect(release).toEqual({ level: 'weekly', candidate: null, promoted_at: null, lapsed_candidate: 'hyacinth-2026.1.2-rc2', lapsed_promoted_at: '2026-11-22T09:59:00.000Z' });
    expect(promotionDocument(model, site).releases['hyacinth-2026-1-2']).toMatchObject({ candidate: 'hyacinth-2026.1.2-rc2', lapsed_candidate: null });
  });
});

describe('the pace of each level in the JSON API', () => {
  it('gives each level its last promotion and the median time candidates take to reach it', () => {
    const levels = promotionDocument(model, site).levels;
    expect(levels.find((l) => l.id === 'daily')).toMatchObject({
      last_promotion: { candidate: 'trunk-20261122', promoted_at: '2026-11-22T05:55:00.000Z' },
      median_seconds_to_reach: (4 * 60 + 45) * 60,
    });
    expect(levels.find((l) => l.id === 'stable')).toMatchObject({ last_promotion: null, median_seconds_to_reach: null });
  });
});

describe('a release that has shipped', () => {
  it('names no qualifying candidate, as its page names none: the newest candidate of its stream is a later release\'s', async () => {
    // Hyacinth 2026.1.1 shipped in August; the stable-hyacinth candidates since are 2026.1.2's.
    const { content } = await validateContent('content');
    const later = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-12-01T12:00:00Z' }));
    expect(later.releases.find((r) => r.id === 'hyacinth-2026-1-1')?.status).toBe('maintained');
    const releases = promotionDocument(later, site).releases;
    expect(releases['hyacinth-2026-1-1']).toEqual({ level: 'weekly', candidate: null, promoted_at: null, lapsed_candidate: null, lapsed_promoted_at: null });
    expect(promotionDocument(model, site).releases['hyacinth-2026-1-1']).toMatchObject({ level: 'weekly', candidate: null });
    // The release still in development keeps its candidate.
    expect(releases['hyacinth-2026-1-2']).toMatchObject({ lapsed_candidate: 'hyacinth-2026.1.2-rc2' });
  });
});

/** Every string of a document that reads as a date with a time, wherever it is. */
const instantsIn = (value: unknown): string[] =>
  typeof value === 'string' ? (/^\d{4}-\d\d-\d\dT/.test(value) ? [value] : [])
    : value && typeof value === 'object' ? Object.values(value).flatMap(instantsIn) : [];

describe('the instants of the promotion documents', () => {
  it('are all written in UTC with milliseconds, result timestamps written with an offset or no zone included', () => {
    const promotion = decide({
      levels: [level('merge', { name: 'Merge', requirements: [{ job: 'unit' }, { job: 'lint' }] })],
      runs: [
        run({ job: 'unit', startedAt: '2026-11-24T10:00:00+01:00', finishedAt: '2026-11-24T10:30:00+01:00' }),
        run({ job: 'lint', startedAt: '2026-11-24T08:00:00', finishedAt: '2026-11-24T08:05:00.5Z' }),
      ],
    });
    const clock = createClock({ timezone: 'UTC', now: '2026-11-24T12:00:00Z' });
    const document = candidateDocument({ promotion, clock, levels: [], qualifications: new Map() }, promotion.candidates[0]!, site);
    const { candidate } = document;
    const [unit, lint] = candidate.levels[0]!.requirements;
    expect(unit!.evidence[0]).toMatchObject({ started_at: '2026-11-24T09:00:00.000Z', finished_at: '2026-11-24T09:30:00.000Z' });
    expect(lint!.evidence[0]).toMatchObject({ started_at: '2026-11-24T08:00:00.000Z', finished_at: '2026-11-24T08:05:00.500Z' });
    // The run that decided a requirement reads the same in both places.
    expect(unit!.finished_at).toBe(unit!.evidence[0]!.finished_at);
    const validate = addFormats(new Ajv2020({ strict: false })).compile(apiJsonSchemas().candidate);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  it('are in that one form in every document of the sample community', () => {
    const documents = [promotionDocument(model, site), ...model.promotion.candidates.map((c) => candidateDocument(model, c, site))];
    const instants = documents.flatMap(instantsIn);
    expect(instants.length).toBeGreaterThan(100);
    expect(instants.filter((t) => !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(t))).toEqual([]);
  });
});

describe('the links of the promotion documents', () => {
  it('lead to each candidate\'s and level\'s page, and to each candidate\'s document, as a release links its own', () => {
    const promotion = promotionDocument(model, site);
    const entry = promotion.candidates.find((c) => c.id === 'hyacinth-2026.1.2-rc2')!;
    expect(entry).toMatchObject({
      url: 'https://rel.example.org/promotion/candidates/hyacinth-2026.1.2-rc2/',
      api: 'https://rel.example.org/api/v1/candidates/hyacinth-2026.1.2-rc2.json',
    });
    expect(promotion.levels.map((l) => l.url)).toEqual(model.levels.map((l) => `https://rel.example.org/promotion/levels/${l.id}/`));
    const decision = model.promotion.candidates.find((c) => c.candidate === entry.id)!;
    expect(candidateDocument(model, decision, site).candidate).toMatchObject({ url: entry.url, api: entry.api });
  });
});

describe('the level that qualifies a release', () => {
  it('is the same in its release document as in the promotion document and on its page, when the release names none and its type decides', async () => {
    // Iris without `qualifyingLevel`: the first level that qualifies GA releases, stable, applies.
    const { content } = await validateContent('content');
    const unnamed = { ...content, releases: content.releases.map((r) => (r.id === 'iris' ? { ...r, data: { ...r.data, qualifyingLevel: undefined } } : r)) };
    const iris = buildPortalModel(unnamed, createClock({ timezone: 'UTC', now: '2026-11-24T12:00:00Z' }));
    expect(iris.qualifications.get('iris')?.level).toBe('stable');
    for (const m of [model, iris]) {
      const promotion = promotionDocument(m, site).releases;
      const { releases } = apiDocumentsFor(m, site).releases;
      expect(releases.map((r) => [r.id, r.qualifying_level])).toEqual(releases.map((r) => [r.id, promotion[r.id]!.level]));
      expect(apiDocumentsFor(m, site).release('iris').release.qualifying_level).toBe('stable');
    }
  });
});
