import type { Entry } from './load/load.ts';
import type { PersonRef } from './project-views.ts';
import { formatDay } from './format.ts';
import { byReviewOrder } from './schedule/status.ts';
import type { MilestoneReviewRef, ResolvedRelease } from './schedule/types.ts';
import type { Review } from './schemas/index.ts';

/** A TSC milestone review, with the names a page shows. */
export interface ReviewView {
  file: string;
  /** Unique on the release page, also when a milestone was reviewed twice (rejected, then approved). */
  anchor: string;
  data: Review;
  milestoneName: string;
  signedBy?: PersonRef;
  /** How many projects are in each status. */
  counts: Record<Review['projects'][number]['status'], number>;
  /** Projects taking part in the release that the review does not list: the counts say nothing of them. */
  unreviewed: { id: string; name: string }[];
}

/** The id of a review's section on its release page, for links from milestone tables and the readiness table. */
export const reviewAnchor = (reviewId: string): string => `review-${reviewId}`;

/**
 * Why an overdue milestone is overdue, in words: the TSC rejected it at its
 * latest review, or that review is not signed off yet. A reader who sees
 * "Overdue" needs to know which, and where to read what is missing.
 */
export function describeUnmetReview(review: MilestoneReviewRef): string {
  return review.decision === 'rejected'
    ? `rejected at the review of ${formatDay(review.date)}`
    : `the review of ${formatDay(review.date)} is not signed off yet`;
}

interface Names {
  person: (id: string) => PersonRef;
  projectNames: ReadonlyMap<string, string>;
}

/** The reviews of one release, oldest first, counted and named for its page. */
export function reviewsOf(release: ResolvedRelease, reviews: readonly Entry<Review>[], { person, projectNames }: Names): ReviewView[] {
  return reviews
    .filter((review) => review.data.release === release.id)
    .sort(byReviewOrder)
    .map((review) => {
      const counts = { done: 0, partial: 0, 'not-done': 0, exception: 0 };
      for (const p of review.data.projects) counts[p.status]++;
      const listed = new Set(review.data.projects.map((p) => p.project));
      return {
        file: review.file,
        anchor: reviewAnchor(review.id),
        data: review.data,
        milestoneName: release.milestones.find((m) => m.id === review.data.milestone)?.name ?? review.data.milestone,
        signedBy: review.data.signoff ? person(review.data.signoff.by) : undefined,
        counts,
        unreviewed: release.data.projects.filter((id) => !listed.has(id)).map((id) => ({ id, name: projectNames.get(id) ?? id })),
      };
    });
}
