import { z } from 'zod';
import { httpUrl, id, text } from './common.ts';

/**
 * projects/<id>.md front matter. Managed projects follow the whole release
 * process; unmanaged ones only declare what they ship (OpenDaylight's terms).
 */
export const projectSchema = z.strictObject({
  name: text,
  description: text,
  lifecycle: z.enum(['incubation', 'mature', 'archived']),
  managed: z.boolean().default(true).describe('false for projects that release outside the process'),
  releaseManagers: z
    .array(id)
    .default([])
    .describe('People (ids) approved by the TSC as community release managers; two are expected'),
  lead: id.optional().describe('Project technical lead (person id)'),
  repository: httpUrl.optional(),
});

export type Project = z.output<typeof projectSchema>;
