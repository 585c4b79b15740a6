import type { Content } from '../../load/load.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { at, closest } from './helpers.ts';

/** A milestone's name as an id would write it: "Release candidate" → "release-candidate". */
const slug = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * What to write instead of an unknown milestone id. Whoever writes a review
 * knows the milestone by its name, which the id may not spell ("rc" for
 * "Release candidate"): a name close to what was written is suggested with
 * its id, and otherwise every milestone is listed, none left out.
 */
function milestoneHint(unknown: string, milestones: readonly { id: string; name: string }[]): string {
  const byId = closest(unknown, milestones.map((m) => m.id));
  if (byId !== undefined) return `did you mean "${byId}"?`;
  const byName = closest(unknown, milestones.map((m) => slug(m.name)));
  const named = milestones.find((m) => slug(m.name) === byName);
  if (named) return `did you mean "${named.id}" (${named.name})? A review names a milestone by its id`;
  return `the release's milestones: ${milestones.map((m) => `${m.id} (${m.name})`).join(', ')}`;
}

/**
 * A review must name a milestone of its release: a misspelt one would leave
 * the real milestone looking met. Projects reviewed should take part in it,
 * each once (a second entry is counted twice); an exception says what was
 * granted, since readers act on it. A sign-off comes from the
 * TSC, when portal.yaml lists it, and cannot come before the review.
 */
export function checkReviews(content: Content): Diagnostic[] {
  const releases = new Map(content.releases.map((r) => [r.id, r.data]));
  const tsc = content.portal[0]?.data.tsc ?? [];
  // A project that is not there is an unknown project already: one problem, said once.
  const projects = new Set(content.projects.map((p) => p.id));
  return content.reviews.flatMap((review) => {
    const release = releases.get(review.data.release);
    if (!release) return []; // reported as an unknown release
    const milestones = release.milestones.map((m) => m.id);
    const found: Diagnostic[] = [];
    if (!milestones.includes(review.data.milestone)) {
      found.push(at(review, ['milestone'], 'unknown-reference', `release "${review.data.release}" has no milestone "${review.data.milestone}"`, milestoneHint(review.data.milestone, release.milestones)));
    }
    const seen = new Map<string, number>();
    review.data.projects.forEach((p, i) => {
      const first = seen.get(p.project);
      if (first !== undefined) {
        found.push(at(review, ['projects', i, 'project'], 'review-duplicate', `project "${p.project}" is listed twice in this review`, `merge this entry into projects.${first}: each project has one status per review`));
      } else seen.set(p.project, i);
      if (p.status === 'exception' && p.exception === undefined) {
        found.push(at(review, ['projects', i, 'status'], 'review-exception', `project "${p.project}" has an exception, but the review does not say what the TSC granted`, 'add `exception:` with what was granted and until when (e.g. "one more week to land the driver, disabled by default")', 'warning'));
      }
      if (release.projects.length && !release.projects.includes(p.project) && projects.has(p.project)) {
        found.push(at(review, ['projects', i, 'project'], 'review-project', `project "${p.project}" does not take part in release "${review.data.release}"`, `add it to the release's projects, or remove it from this review`, 'warning'));
      }
    });
    const signoff = review.data.signoff;
    if (signoff && tsc.length && !tsc.includes(signoff.by)) {
      found.push(at(review, ['signoff', 'by'], 'review-signoff', `"${signoff.by}" signs this review off but is not on the TSC (\`tsc\` in portal.yaml)`, `the TSC signs milestones off: name one of ${tsc.join(', ')}, or add them to \`tsc\``, 'warning'));
    }
    // The handbook's rule: granting an exception makes the sign-off "approved with exceptions", and only that does.
    const excepted = review.data.projects.findIndex((p) => p.status === 'exception');
    if (signoff?.decision === 'approved' && excepted >= 0) {
      found.push(at(review, ['signoff', 'decision'], 'review-decision', `this review is signed off "approved", but project "${review.data.projects[excepted]!.project}" has an exception`, 'sign it off `approved-with-exceptions`, or give the project the status it had', 'warning'));
    }
    if (signoff?.decision === 'approved-with-exceptions' && excepted < 0) {
      found.push(at(review, ['signoff', 'decision'], 'review-decision', 'this review is signed off "approved-with-exceptions", but no project in it has an exception', 'give the project granted one `status: exception` and what was granted in `exception:`, or sign it off `approved`', 'warning'));
    }
    if (signoff && signoff.date < review.data.date) {
      found.push(at(review, ['signoff', 'date'], 'review-signoff-date', `the sign-off (${signoff.date}) is dated before the review it signs (${review.data.date})`, 'a milestone is signed off at or after its review: correct either date', 'warning'));
    }
    return found;
  });
}
