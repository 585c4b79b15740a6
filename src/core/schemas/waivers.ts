import { z } from 'zod';
import { calendarDate, id, text } from './common.ts';

/**
 * A known failure the release team accepts, for a while, with a name behind
 * it (Fedora's gating waivers). It waives a whole job, or one test case of it.
 */
export const waiverSchema = z
  .strictObject({
    candidate: z.string().min(1).describe('Candidate id, or a pattern with "*" wildcards (e.g. "trunk-*" or "*")'),
    job: id.optional().describe('Job the waiver covers; any job with the test case when only `test` is given'),
    test: text.optional().describe('Test case name, when only one case is waived'),
    level: id.optional().describe('Level the waiver applies to; all levels when omitted'),
    reason: text,
    approver: id.describe('Person (id) who approved the waiver'),
    expires: calendarDate.describe('Last day (UTC) on which the waiver applies'),
  })
  .refine((w) => w.job !== undefined || w.test !== undefined, {
    // Worded to follow the field's name, as every message is: "`job` or `test` is required: …".
    error: 'or `test` is required: a waiver names the job, the test case or both',
    path: ['job'],
  });

/** waivers/<id>.yaml: a list of waivers. */
export const waiverFileSchema = z.strictObject({ waivers: z.array(waiverSchema) });

export type Waiver = z.output<typeof waiverSchema>;
