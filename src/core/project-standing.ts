import type { GrantedException, ReleaseReadiness } from './readiness.ts';
import type { ReviewView } from './review-views.ts';
import type { ResolvedRelease } from './schedule/types.ts';
import type { Review } from './schemas/index.ts';

type ReviewStatus = Review['projects'][number]['status'];

/**
 * Where one project stands in one release, as the TSC's milestone reviews
 * last found it: what its release managers look for on their project's page,
 * without reading every release page.
 */
export interface ProjectStanding {
  release: Pick<ResolvedRelease, 'id' | 'status'> & { name: string };
  /** Its status at the latest review that lists it, and that review; undefined while none does. */
  latest?: { status: ReviewStatus; review: ReviewView };
  /** For a project behind at that review: the review since which it has been behind. */
  behindSince?: ReviewView;
  /** The exceptions the release's reviews granted it, oldest first. */
  exceptions: GrantedException[];
}

/**
 * A project's standing in each release it takes part in, in the order given
 * (newest first on its page), from the readiness the release pages show, so
 * that both say the same.
 */
export function standingsOf(
  project: string,
  releases: readonly ResolvedRelease[],
  reviews: ReadonlyMap<string, readonly ReviewView[]>,
  readiness: ReadonlyMap<string, ReleaseReadiness>,
): ProjectStanding[] {
  return releases
    .filter((release) => release.data.projects.includes(project))
    .map((release) => {
      const releaseReviews = reviews.get(release.id) ?? [];
      const row = readiness.get(release.id)?.projects.find((p) => p.id === project);
      const at = row?.statuses.findLastIndex((s) => s !== undefined) ?? -1;
      return {
        release: { id: release.id, status: release.status, name: release.data.name },
        ...(row?.latest && at >= 0 && { latest: { status: row.latest, review: releaseReviews[at]! } }),
        ...(row?.behindSince !== undefined && { behindSince: releaseReviews[row.behindSince]! }),
        exceptions: (readiness.get(release.id)?.exceptions ?? []).filter((e) => e.project.id === project),
      };
    });
}
