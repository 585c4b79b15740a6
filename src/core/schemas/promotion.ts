import { z } from 'zod';
import { id, text } from './common.ts';

/** "48h", "7d", "2w", "90m": how old a result may be and still count. */
export const durationPattern = /^(\d+)\s*(m|h|d|w)$/;

export const duration = z
  .string()
  .regex(durationPattern, { error: 'must be a number and a unit: "90m", "48h", "7d" or "2w"' });

/**
 * How the runs of one job decide a requirement. "all-pass" (the default) asks
 * the latest run to pass; the others express the statistical gates CI teams
 * use for tests that cannot be made fully deterministic.
 */
export const thresholdSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all-pass') }).describe('The latest run passed'),
  z
    .strictObject({ kind: z.literal('pass-rate'), min: z.number().min(0).max(100).describe('Percent') })
    .describe('At least `min`% of the test cases of the latest run passed (skipped cases do not count)'),
  z
    .strictObject({ kind: z.literal('min-runs'), runs: z.number().int().positive() })
    .describe('At least `runs` passing runs within the maximum age'),
  z
    .strictObject({ kind: z.literal('k-of-last-n'), k: z.number().int().positive(), n: z.number().int().positive() })
    .refine((t) => t.k <= t.n, { error: 'cannot be larger than `n`', path: ['k'] })
    .describe('At least `k` of the last `n` finished runs passed'),
  z
    .strictObject({ kind: z.literal('max-flaky'), max: z.number().min(0).max(100).describe('Percent') })
    .describe('The latest run passed with at most `max`% of its test cases passing only after retries'),
]);

/** One requirement of a level: a job (or any of its alternatives) that must pass. */
export const requirementSchema = z.strictObject({
  job: id.describe('Job or test suite id, as written in result files'),
  alternatives: z.array(id).default([]).describe('Other jobs that satisfy this requirement'),
  description: text.optional(),
  environments: z
    .array(id)
    .default([])
    .describe('Environments (pod, lab, installer, architecture) that must each have the job; any environment when empty'),
  threshold: thresholdSchema.default({ kind: 'all-pass' }),
  maxAge: duration.optional().describe("Overrides the level's maxAge for this requirement"),
  appliesTo: z
    .array(z.string().min(1))
    .default([])
    .describe('Candidate ids or streams (with "*" wildcards) this requirement applies to; all when empty. Others see it as "excluded"'),
});

/**
 * promotion/<level-id>.yaml: one promotion level. Levels form a chain through
 * `after`: a candidate cannot reach a level without its prerequisite (XCI).
 */
export const levelSchema = z.strictObject({
  name: text,
  description: text.optional(),
  after: id.optional().describe('Prerequisite level id; omitted for the first level'),
  qualifies: z
    .array(z.enum(['ga', 'maintenance', 'latest']))
    .default([])
    .describe('Release types a candidate at this level may ship as'),
  maxAge: duration.optional().describe('Results older than this (at decision time) are stale; no limit when omitted'),
  flaky: z
    .enum(['allow', 'block'])
    .default('allow')
    .describe('Whether a pass after retries (retried test cases or a failed earlier run) satisfies a requirement'),
  declares: z
    .array(id)
    .default([])
    .describe('Jobs that have no results yet but are expected: the unknown-job check accepts them'),
  requirements: z.array(requirementSchema).default([]),
});

export type Level = z.output<typeof levelSchema>;
export type Requirement = z.output<typeof requirementSchema>;
export type Threshold = z.output<typeof thresholdSchema>;
