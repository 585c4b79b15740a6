import { z } from 'zod';
import { id, text } from './common.ts';

const role = z.strictObject({ id, name: text, group: text.optional() });

/** The letters of one role on one activity: any of R, A, C, I, once each. */
export const raciLetters = z
  .string()
  .regex(/^(?!.*(.).*\1)[RACI]{1,4}$/, { error: 'must be letters from R, A, C, I, each at most once (e.g. "AR")' });

const activity = z.strictObject({
  name: text,
  inputs: z.array(text).default([]),
  outputs: z.array(text).default([]),
  assignments: z.record(id, raciLetters).describe('Letters per role id, e.g. { release-manager: AR }'),
});

/**
 * raci/<id>.yaml: who is Responsible, Accountable, Consulted and Informed for
 * each activity of a process. The validator checks the RACI rules.
 */
export const raciSchema = z.strictObject({
  title: text,
  description: text.optional(),
  source: text.optional().describe('Where the matrix comes from'),
  roles: z.array(role).min(1),
  activities: z.array(activity).min(1),
});

export type Raci = z.output<typeof raciSchema>;
