import type { Content } from '../../load/load.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { at, didYouMean } from './helpers.ts';

/**
 * A review must name a milestone of its release: a misspelt one would leave
 * the real milestone looking met. Projects reviewed should take part in it.
 */
export function checkReviews(content: Content): Diagnostic[] {
  const releases = new Map(content.releases.map((r) => [r.id, r.data]));
  // A project that is not there is an unknown project already: one problem, said once.
  const projects = new Set(content.projects.map((p) => p.id));
  return content.reviews.flatMap((review) => {
    const release = releases.get(review.data.release);
    if (!release) return []; // reported as an unknown release
    const milestones = release.milestones.map((m) => m.id);
    const found: Diagnostic[] = [];
    if (!milestones.includes(review.data.milestone)) {
      found.push(at(review, ['milestone'], 'unknown-reference', `release "${review.data.release}" has no milestone "${review.data.milestone}"`, didYouMean(review.data.milestone, milestones)));
    }
    review.data.projects.forEach((p, i) => {
      if (release.projects.length && !release.projects.includes(p.project) && projects.has(p.project)) {
        found.push(at(review, ['projects', i, 'project'], 'review-project', `project "${p.project}" does not take part in release "${review.data.release}"`, `add it to the release's projects, or remove it from this review`, 'warning'));
      }
    });
    return found;
  });
}
