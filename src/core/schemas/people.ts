import { z } from 'zod';
import { text } from './common.ts';

/**
 * people/<id>.yaml: one person. No e-mail address is asked for: handles on
 * the community's own services are enough to reach someone and keep the
 * published portal free of addresses that attract spam.
 */
export const personSchema = z.strictObject({
  name: text,
  affiliation: text.optional(),
  handles: z
    .record(z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'must be a service name in lower-case letters, digits and "-" (e.g. "github")' }), text)
    .default({})
    .describe('Accounts by service, e.g. { github: octocat, matrix: "@octo:example.org" }'),
});

export type Person = z.output<typeof personSchema>;
