import { z } from 'zod';
import { httpUrl, id, label, timestamp } from './common.ts';

export const outcomes = ['passed', 'failed', 'errored', 'skipped', 'running'] as const;

/** One test case inside a run, as JUnit reports it. */
export const testCaseSchema = z.strictObject({
  name: label,
  classname: z.string().optional(),
  outcome: z.enum(['passed', 'failed', 'errored', 'skipped']),
  time: z.number().nonnegative().optional().describe('Seconds'),
  message: z.string().optional(),
  retries: z.number().int().nonnegative().optional().describe('Failed attempts before the final outcome; none when absent'),
});

/** One CI run of one job on one candidate. */
export const runSchema = z.strictObject({
  candidate: id.describe('Build, snapshot or scenario id'),
  stream: id.optional().describe('Line of candidates this one belongs to (e.g. "trunk", "stable-2026.10"), for grouping and `appliesTo`'),
  version: label.optional(),
  commit: z.string().regex(/^[0-9a-fA-F]{7,64}$/, { error: 'must be a commit hash: 7 to 64 hexadecimal digits' }).optional(),
  job: id,
  environment: id.optional().describe('Pod, lab, installer or architecture the job ran on'),
  startedAt: timestamp,
  finishedAt: timestamp.optional(),
  outcome: z.enum(outcomes),
  url: httpUrl.optional(),
  cases: z.array(testCaseSchema).default([]),
});

/** results/**.json: one or more runs, as CI writes them or `npm run import` makes them. */
export const resultFileSchema = z.strictObject({
  runs: z.array(runSchema),
});

export type Run = z.output<typeof runSchema>;
export type TestCase = z.output<typeof testCaseSchema>;
