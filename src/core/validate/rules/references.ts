import type { Content, Entry } from '../../load/load.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { byCodeUnit } from '../../order.ts';
import { at, didYouMean } from './helpers.ts';

type Target = 'people' | 'projects' | 'releases' | 'levels';

/** One id written in one file that must name an existing entry. */
interface Reference {
  entry: Entry<unknown>;
  path: PropertyKey[];
  target: Target;
  id: string;
}

const nouns: Record<Target, string> = { people: 'person', projects: 'project', releases: 'release', levels: 'promotion level' };
const folders: Record<Target, string> = { people: 'people/', projects: 'projects/', releases: 'releases/', levels: 'promotion/' };

/** Every cross-file reference in the content, listed in one place so none is forgotten. */
function references(content: Content): Reference[] {
  const refs: Reference[] = [];
  const add = (entry: Entry<unknown>, path: PropertyKey[], target: Target, id: string | undefined) => {
    if (id !== undefined) refs.push({ entry, path, target, id });
  };
  for (const portal of content.portal) portal.data.tsc.forEach((id, i) => add(portal, ['tsc', i], 'people', id));
  for (const project of content.projects) {
    project.data.releaseManagers.forEach((id, i) => add(project, ['releaseManagers', i], 'people', id));
    add(project, ['lead'], 'people', project.data.lead);
  }
  for (const release of content.releases) {
    release.data.projects.forEach((id, i) => add(release, ['projects', i], 'projects', id));
    add(release, ['qualifyingLevel'], 'levels', release.data.qualifyingLevel);
    add(release, ['basedOn'], 'releases', release.data.basedOn);
    release.data.milestones.forEach((m, i) => add(release, ['milestones', i, 'project'], 'projects', m.project));
  }
  for (const level of content.levels) add(level, ['after'], 'levels', level.data.after);
  for (const file of content.waivers) {
    file.data.waivers.forEach((w, i) => {
      add(file, ['waivers', i, 'approver'], 'people', w.approver);
      add(file, ['waivers', i, 'level'], 'levels', w.level);
    });
  }
  for (const review of content.reviews) {
    add(review, ['release'], 'releases', review.data.release);
    review.data.projects.forEach((p, i) => add(review, ['projects', i, 'project'], 'projects', p.project));
    add(review, ['signoff', 'by'], 'people', review.data.signoff?.by);
  }
  return refs;
}

/**
 * Reports ids that name no person, project, release or level. An id whose
 * file is there but failed to load is not called unknown: the fix is in that
 * file. Nor is one that may be in a folder that could not be read: that
 * folder's own error says it all.
 */
export function checkReferences(content: Content): Diagnostic[] {
  const known: Record<Target, Set<string>> = {
    people: new Set(content.people.map((e) => e.id)),
    projects: new Set(content.projects.map((e) => e.id)),
    releases: new Set(content.releases.map((e) => e.id)),
    levels: new Set(content.levels.map((e) => e.id)),
  };
  return references(content)
    .filter((ref) => !known[ref.target].has(ref.id))
    .flatMap((ref) => {
      const noun = nouns[ref.target];
      const failed = content.failed.find((f) => f.kind === ref.target && (f.id === ref.id || f.id === undefined));
      if (!failed) {
        // Files that failed to load still have their ids: "irs" is a typo of the broken iris.md, not of another release.
        const ids = new Set([...known[ref.target], ...content.failed.filter((f) => f.kind === ref.target && f.id !== undefined).map((f) => f.id!)]);
        return [at(ref.entry, ref.path, 'unknown-reference', `unknown ${noun} "${ref.id}"`, `${didYouMean(ref.id, [...ids].sort(byCodeUnit))} (ids are file names in ${folders[ref.target]})`)];
      }
      if (failed.id === undefined) return [];
      return [at(ref.entry, ref.path, 'unknown-reference', `${noun} "${ref.id}" could not be loaded`, `${failed.file} has errors of its own; fix them first`)];
    });
}
