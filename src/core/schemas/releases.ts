import { z } from 'zod';
import { calendarDate, id, text } from './common.ts';

export const milestoneKinds = [
  'planning', 'freeze', 'testing', 'promotion', 'documentation', 'release', 'review', 'other',
] as const;

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** "-6w", "+3d", "-2 weekdays": a shift from another milestone of the same release. */
export const offsetPattern = /^[+-]\s*\d+\s*(d|w|days?|weeks?|weekdays?)$/;

/**
 * A milestone is dated in exactly one way: an absolute `date`, `after` another
 * milestone with an `offset`, or a release-relative `week` such as "R-5".
 */
export const milestoneSchema = z
  .strictObject({
    id,
    name: text,
    kind: z.enum(milestoneKinds).default('other'),
    date: calendarDate.optional(),
    after: id.optional().describe('Id of the milestone this one is relative to'),
    offset: z.string().regex(offsetPattern, { error: 'must look like "-6w", "+3d" or "-2 weekdays"' }).optional(),
    week: z.string().regex(/^R[-+]\d+$/, { error: 'must look like "R-5" (weeks before the release week)' }).optional(),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be HH:MM (24-hour clock)' }).optional(),
    timezone: z.string().optional().describe('IANA zone, "UTC" or "AoE" (anywhere on earth) for `time`'),
    estimated: z.boolean().default(false).describe('true while the date is not confirmed'),
    scope: z.enum(['cross-project', 'project']).default('cross-project'),
    project: id.optional().describe('For project-specific events: the project id'),
    description: text.optional(),
    checklist: z.array(text).default([]).describe('What each project must have done by this milestone'),
  })
  .superRefine((m, ctx) => {
    const ways = (['date', 'after', 'week'] as const).filter((way) => m[way] !== undefined);
    if (ways.length === 0) {
      ctx.addIssue({ code: 'custom', path: [], message: 'has no date: give it exactly one of `date`, `after` (with `offset`) or `week`' });
    }
    // Said at each extra way, so that the line shown is the one to remove or keep.
    for (const way of ways.slice(1)) {
      ctx.addIssue({ code: 'custom', path: [way], message: `cannot be used with \`${ways[0]}\`: a milestone is dated in one way only (\`date\`, \`after\` with \`offset\`, or \`week\`)` });
    }
    if (m.after !== undefined && m.offset === undefined) {
      ctx.addIssue({ code: 'custom', path: ['offset'], message: 'is required with `after` (e.g. "-6w")' });
    }
    if (m.offset !== undefined && m.after === undefined) {
      ctx.addIssue({ code: 'custom', path: ['after'], message: 'is required with `offset`' });
    }
    // A project's own event without its project would be in no project's
    // calendar; a project named on a cross-project milestone would be in all.
    if (m.scope === 'project' && m.project === undefined) {
      ctx.addIssue({ code: 'custom', path: ['project'], message: 'is required with `scope: project` (the id of the project whose event this is)' });
    }
    if (m.project !== undefined && m.scope !== 'project') {
      ctx.addIssue({ code: 'custom', path: ['scope'], message: 'must be `project` when `project` is given; without it the milestone is every project\'s deadline' });
    }
  }, { when: () => true });

/** releases/<id>.md front matter: one release and its schedule. */
export const releaseSchema = z.strictObject({
  name: text,
  version: text.optional(),
  type: z.enum(['ga', 'maintenance', 'latest']),
  cadence: z
    .string()
    .regex(/^\d+ (days?|weeks?|months?)$/, { error: 'must look like "6 months" or "1 week"' })
    .optional(),
  basedOn: id.optional().describe('For maintenance releases: the release they correct'),
  qualifyingLevel: id.optional().describe('Promotion level a candidate must reach to ship this release'),
  candidates: z
    .string()
    .min(1)
    .optional()
    .describe('Which candidates can ship this release: a stream or candidate id, "*" as a wildcard; any candidate when absent'),
  deadlineWeekday: z.enum(weekdays).default('thursday').describe('Day of the week deadlines fall on for `week:` milestones'),
  maintainedUntil: calendarDate.optional().describe('Last day of maintenance (fixes and security updates)'),
  endOfLife: calendarDate.optional().describe('Day the release stops being supported at all'),
  projects: z.array(id).default([]).describe('Participating projects (ids)'),
  milestones: z.array(milestoneSchema).min(1, { error: 'must list at least the release milestone' }),
});

export type Milestone = z.output<typeof milestoneSchema>;
export type Release = z.output<typeof releaseSchema>;
