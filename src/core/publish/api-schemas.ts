/*
 * The public JSON API's shapes. Field names are snake_case, as in other
 * release APIs (endoflife.date); a breaking change bumps `schema_version`
 * and the /api/v<N>/ path. The promotion documents are in promotion-api-schemas.ts.
 */
import { z } from 'zod';
import { milestoneKinds } from '../schemas/releases.ts';
import { envelopeSchema as envelope } from './api-envelope.ts';
import { promotionDocuments } from './promotion-api-schemas.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const releaseStatus = z.enum(['planned', 'in-development', 'released', 'maintained', 'end-of-life']);

export const apiMilestone = z.strictObject({
  id: z.string(),
  release: z.string(),
  name: z.string(),
  kind: z.enum(milestoneKinds),
  scope: z.enum(['cross-project', 'project']),
  project: z.string().nullable(),
  date: day,
  deadline: z.iso.datetime().nullable().describe('Exact deadline instant (UTC) when the milestone has a time'),
  week: z
    .string()
    .regex(/^(R[-+]\d+|\d{4}-W\d{2})$/)
    .describe('Release-relative week ("R-5", "R-0" the release week, "R+2"); the ISO week ("2027-W04") for a release without a release date'),
  estimated: z.boolean(),
  status: z.enum(['done', 'due-this-week', 'upcoming', 'overdue']),
  days_until: z.number().int().describe('Whole days from the build day to the milestone: to the day of `deadline` in the portal\'s zone when it has one (an AoE deadline can fall a day after `date`)'),
  is_done: z.boolean(),
  review: z.strictObject({
    url: z.url().describe('The review on the release page'),
    date: day,
    decision: z.enum(['approved', 'approved-with-exceptions', 'rejected']).nullable().describe('null while not signed off'),
  }).nullable().describe('The TSC\'s latest review of the milestone, which its status follows: once past, it is overdue while that review is rejected or not signed off'),
  url: z.url(),
});

export const apiReleaseSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  version: z.string().nullable(),
  type: z.enum(['ga', 'maintenance', 'latest']),
  status: releaseStatus,
  release_date: day.nullable(),
  release_date_estimated: z.boolean().nullable().describe('Whether `release_date` is still an estimate; null when there is no release date'),
  maintained_until: day.nullable(),
  end_of_life: day.nullable(),
  is_released: z.boolean(),
  is_maintained: z.boolean(),
  is_eol: z.boolean(),
  next_phase: z.strictObject({ status: releaseStatus, date: day }).nullable(),
  next_milestone: z.string().nullable().describe('Id of the next milestone not yet past'),
  qualifying_level: z.string().nullable().describe('The promotion level a candidate must reach to ship it: the one the release names, else the first that qualifies its type; null when no level does'),
  url: z.url(),
  calendar: z.url(),
  api: z.url(),
});

export const apiRetrospective = z.strictObject({
  date: day,
  facilitator: z.string().nullable().describe('Person id'),
  went_well: z.array(z.string()),
  to_improve: z.array(z.string()),
  actions: z.array(z.strictObject({
    action: z.string(),
    owner: z.string().describe('Person id'),
    due: day.nullable(),
    state: z.enum(['open', 'overdue', 'done', 'dropped']).describe('"overdue": open, and past its due day on the build day'),
    notes: z.string().nullable(),
  })),
});

export const apiReview = z.strictObject({
  milestone: z.string().describe('Id of the milestone reviewed'),
  date: day,
  url: z.url().describe('The review on the release page'),
  projects: z.array(z.strictObject({
    project: z.string(),
    status: z.enum(['done', 'partial', 'not-done', 'exception']),
    notes: z.string().nullable(),
    exception: z.string().nullable().describe('What the TSC granted, for status "exception"'),
  })),
  unreviewed: z.array(z.string()).describe('Ids of projects taking part in the release that the review does not list'),
  signoff: z.strictObject({
    by: z.string().describe('Person id'),
    date: day,
    decision: z.enum(['approved', 'approved-with-exceptions', 'rejected']),
  }).nullable().describe('null while the review is not signed off: its milestone, once past, is overdue'),
});

export const apiRelease = apiReleaseSummary.extend({
  based_on: z.string().nullable(),
  projects: z.array(z.string()),
  milestones: z.array(apiMilestone),
  reviews: z.array(apiReview).describe('The TSC\'s milestone reviews, oldest first'),
  retrospective: apiRetrospective.nullable().describe('How the release cycle went and the actions agreed; null until one is recorded'),
});

export const apiDocuments = {
  releases: z.strictObject({ ...envelope, releases: z.array(apiReleaseSummary) }),
  release: z.strictObject({ ...envelope, release: apiRelease }),
  milestones: z.strictObject({ ...envelope, milestones: z.array(apiMilestone) }),
  ...promotionDocuments,
};

export type ApiRelease = z.infer<typeof apiRelease>;
export type ApiMilestone = z.infer<typeof apiMilestone>;
export type ApiRetrospective = z.infer<typeof apiRetrospective>;
export type ApiReview = z.infer<typeof apiReview>;

/** JSON Schemas of the API documents, published beside them under /api/v1/schema/. */
export function apiJsonSchemas(): Record<keyof typeof apiDocuments, object> {
  return Object.fromEntries(
    Object.entries(apiDocuments).map(([name, schema]) => [name, z.toJSONSchema(schema, { target: 'draft-2020-12' })]),
  ) as Record<keyof typeof apiDocuments, object>;
}
