import type { ReviewView } from './review-views.ts';
import type { ResolvedRelease } from './schedule/types.ts';
import type { Review } from './schemas/index.ts';

type ReviewStatus = Review['projects'][number]['status'];

/**
 * One project across a release's milestone reviews: the TSC scans these rows
 * for a project falling behind before it reads each review.
 */
export interface ProjectReadiness {
  id: string;
  name: string;
  /** One per review, in review order (as `reviewsOf` lists them); undefined where the review does not list the project. */
  statuses: (ReviewStatus | undefined)[];
  /** Its status at the latest review that lists it. */
  latest?: ReviewStatus;
  /**
   * For a project behind at its latest review: the review since which it has
   * been behind without a break (partial or not done at every review listing
   * it since), as an index into `statuses`. "Since when" tells a slip of one
   * meeting from a project that has not caught up for months.
   */
  behindSince?: number;
  /** False for a project a review lists that does not take part in the release. */
  participating: boolean;
}

const isBehind = (status: ReviewStatus | undefined) => status === 'partial' || status === 'not-done';

/** The first review of the unbroken run of behind statuses that ends at the latest; reviews not listing the project do not break it. */
function behindSince(statuses: readonly (ReviewStatus | undefined)[]): number | undefined {
  let since: number | undefined;
  for (let i = statuses.length - 1; i >= 0; i--) {
    const status = statuses[i];
    if (status === undefined) continue;
    if (!isBehind(status)) break;
    since = i;
  }
  return since;
}

/** A release's projects across its reviews. */
export interface ReleaseReadiness {
  projects: ProjectReadiness[];
  /** Projects whose latest review found them partial or not done: still behind, as far as the TSC knows. */
  behind: ProjectReadiness[];
  /** Participating projects that no review lists yet: nothing is known of them, good or bad. */
  unreviewed: ProjectReadiness[];
  /** Every exception the reviews granted, oldest first, with the project's status at its latest review since. */
  exceptions: GrantedException[];
}

/**
 * An exception the TSC granted a project at a milestone review. Before it
 * signs a release off the TSC reviews every exception of the cycle, and the
 * later reviews are what tell whether the project has caught up since.
 */
export interface GrantedException {
  project: { id: string; name: string };
  /** The review that granted it. */
  review: ReviewView;
  /** What was granted; absent when the review does not say (the validator warns). */
  granted?: string;
  /** False while that review is not signed off: proposed at the meeting, not granted yet. */
  signed: boolean;
  /**
   * The latest later review that lists the project, and its status there:
   * what the reviews tell of it since. A review records no exception as
   * closed, so this is the evidence, not a verdict; undefined while no later
   * review lists the project.
   */
  since?: { status: ReviewStatus; review: ReviewView };
}

/** The exceptions of a release's reviews, leaving out those of rejected reviews: the TSC refused what they proposed. */
function exceptionsOf(reviews: readonly ReviewView[], projectNames: ReadonlyMap<string, string>): GrantedException[] {
  return reviews.flatMap((review, index) => {
    if (review.data.signoff?.decision === 'rejected') return [];
    return review.data.projects
      .filter((p) => p.status === 'exception')
      .map((p) => {
        const later = reviews
          .slice(index + 1)
          .flatMap((r) => r.data.projects.filter((q) => q.project === p.project).map((q) => ({ status: q.status, review: r })))
          .at(-1);
        return {
          project: { id: p.project, name: projectNames.get(p.project) ?? p.project },
          review,
          ...(p.exception !== undefined && { granted: p.exception }),
          signed: review.data.signoff !== undefined,
          ...(later && { since: later }),
        } satisfies GrantedException;
      });
  });
}

/**
 * Each participating project's status at each review of the release, then
 * any project a review lists without taking part (the validator warns of
 * those), so that no reviewed status is left out.
 */
export function readinessOf(release: ResolvedRelease, reviews: readonly ReviewView[], projectNames: ReadonlyMap<string, string>): ReleaseReadiness {
  const ids = new Set(release.data.projects);
  for (const review of reviews) for (const p of review.data.projects) ids.add(p.project);
  const projects = [...ids].map((id) => {
    const statuses = reviews.map((review) => review.data.projects.find((p) => p.project === id)?.status);
    const since = behindSince(statuses);
    return {
      id, name: projectNames.get(id) ?? id, statuses, latest: statuses.findLast((s) => s !== undefined),
      ...(since !== undefined && { behindSince: since }),
      participating: release.data.projects.includes(id),
    };
  });
  return {
    projects,
    behind: projects.filter((p) => isBehind(p.latest)),
    unreviewed: projects.filter((p) => p.latest === undefined),
    exceptions: exceptionsOf(reviews, projectNames),
  };
}
