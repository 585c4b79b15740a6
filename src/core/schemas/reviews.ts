import { z } from 'zod';
import { calendarDate, id, text } from './common.ts';

const projectReview = z.strictObject({
  project: id,
  status: z.enum(['done', 'partial', 'not-done', 'exception']),
  notes: text.optional(),
  exception: text.optional().describe('What the TSC granted, for status "exception"'),
});

/**
 * reviews/<id>.yaml: the TSC's review of one milestone of one release: what
 * each project has done, the exceptions granted, and the sign-off.
 */
export const reviewSchema = z.strictObject({
  release: id,
  milestone: id,
  date: calendarDate,
  projects: z.array(projectReview).default([]),
  signoff: z
    .strictObject({ by: id, date: calendarDate, decision: z.enum(['approved', 'approved-with-exceptions', 'rejected']) })
    .optional(),
});

export type Review = z.output<typeof reviewSchema>;
