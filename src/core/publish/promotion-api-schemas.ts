import { z } from 'zod';
import { thresholdSchema } from '../schemas/promotion.ts';
import { outcomes } from '../schemas/results.ts';
import { requirementStates } from '../promotion/types.ts';
import { envelopeSchema } from './api-envelope.ts';

/**
 * The promotion documents of the JSON API, in the API's snake_case like the
 * release documents (the decisions themselves are camelCase TypeScript).
 */
const envelope = { ...envelopeSchema, as_of: z.iso.datetime().describe('Decisions consider runs started up to this instant') };
const levelStatus = z.enum(['reached', 'blocked', 'waiting']);
const state = z.enum(requirementStates);
/** For a level not held now, when it was reached on results since gone stale: the promotion stays in the level's history. */
const lapsedPromotedAt = z.iso.datetime().nullable().describe('For a level not reached now: when it was reached on results that have since gone stale');

const apiEvidence = z.strictObject({
  job: z.string(),
  environment: z.string().nullable(),
  outcome: z.enum(outcomes),
  started_at: z.iso.datetime(),
  finished_at: z.iso.datetime().nullable(),
  url: z.string().nullable(),
  file: z.string().describe('Result file, relative to the content folder'),
  failing_cases: z.array(z.strictObject({ name: z.string(), classname: z.string().nullable(), outcome: z.enum(['failed', 'errored']), message: z.string().nullable(), waived: z.boolean() })),
  flaky_cases: z.array(z.string()).describe('Test cases that passed only after retries'),
});

const apiRequirement = z.strictObject({
  job: z.string(),
  decided_by: z.string().nullable().describe('The job whose runs decided: the required one or an alternative'),
  alternatives: z.array(z.string()),
  environment: z.string().nullable(),
  description: z.string().nullable(),
  threshold: thresholdSchema,
  state,
  satisfied: z.boolean(),
  waived_state: state.nullable().describe('For waived requirements: the state the waiver covers'),
  waiver: z.strictObject({ file: z.string(), index: z.number().int(), reason: z.string(), approver: z.string(), expires: z.string(), test: z.string().nullable() }).nullable(),
  detail: z.string(),
  unblock: z.string().nullable(),
  finished_at: z.iso.datetime().nullable(),
  evidence: z.array(apiEvidence),
});

const apiCandidate = z.strictObject({
  id: z.string(),
  stream: z.string().nullable(),
  version: z.string().nullable(),
  commit: z.string().nullable(),
  first_seen: z.iso.datetime(),
  highest_level: z.string().nullable(),
  next: z.strictObject({ level: z.string(), unblock: z.array(z.string()) }).nullable(),
  url: z.url().describe("The candidate's page"),
  api: z.url().describe('This document'),
  levels: z.array(z.strictObject({
    level: z.string(),
    name: z.string(),
    status: levelStatus,
    reached: z.boolean(),
    satisfied: z.boolean(),
    after: z.string().nullable(),
    counts: z.record(state, z.number().int()),
    summary: z.string(),
    promoted_at: z.iso.datetime().nullable(),
    lapsed_promoted_at: lapsedPromotedAt,
    unblock: z.array(z.string()),
    requirements: z.array(apiRequirement),
  })),
});

export const promotionDocuments = {
  promotion: z.strictObject({
    ...envelope,
    levels: z.array(z.strictObject({
      id: z.string(), name: z.string(), after: z.string().nullable(), qualifies: z.array(z.string()),
      last_promotion: z.strictObject({ candidate: z.string(), promoted_at: z.iso.datetime() }).nullable()
        .describe('The most recent promotion to the level, its results since gone stale or not; null when no candidate has reached it'),
      median_seconds_to_reach: z.number().int().nonnegative().nullable().describe("Median time from a candidate's first run to its promotion to the level, over every promotion in its history (those whose results have since gone stale included)"),
      url: z.url().describe("The level's page: its policy, candidates and history"),
    })),
    candidates: z.array(z.strictObject({
      id: z.string(),
      stream: z.string().nullable(),
      version: z.string().nullable(),
      first_seen: z.iso.datetime(),
      highest_level: z.string().nullable(),
      levels: z.array(z.strictObject({ level: z.string(), status: levelStatus, summary: z.string(), promoted_at: z.iso.datetime().nullable(), lapsed_promoted_at: lapsedPromotedAt }))
        .describe("In the policy's order, each entry as in the candidate's document, without its requirements"),
      url: z.url().describe("The candidate's page"),
      api: z.url().describe("The candidate's document, with every requirement and its evidence"),
    })),
    releases: z.record(z.string(), z.strictObject({
      level: z.string().nullable(),
      candidate: z.string().nullable().describe('The newest candidate holding the level; null when none does, and for a release that has shipped'),
      promoted_at: z.iso.datetime().nullable(),
      // A candidate that no longer holds the level is not "the" candidate: clients reading `candidate` see none.
      lapsed_candidate: z.string().nullable().describe('When no candidate holds the level now: the newest that reached it on results since gone stale'),
      lapsed_promoted_at: lapsedPromotedAt,
    })),
  }),
  candidate: z.strictObject({ ...envelope, candidate: apiCandidate }),
};

export type ApiCandidate = z.infer<typeof apiCandidate>;
