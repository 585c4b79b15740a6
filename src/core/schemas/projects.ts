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

/** LFN asks every project for two community release managers, so that the process survives one being away. */
export const expectedReleaseManagers = 2;

/**
 * How many release managers a project still lacks: the validator warns of
 * them and the pages flag them. An archived project needs none.
 */
export const missingReleaseManagers = (project: Project): number =>
  project.lifecycle === 'archived' ? 0 : Math.max(0, expectedReleaseManagers - project.releaseManagers.length);
