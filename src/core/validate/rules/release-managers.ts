import type { Content } from '../../load/load.ts';
import { missingReleaseManagers } from '../../schemas/projects.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { at } from './helpers.ts';

/**
 * A warning for each project short of its community release managers (see
 * `missingReleaseManagers`). A project that names none is pointed at its
 * first line, as `releaseManagers` is not written, and asked for both.
 */
export function checkReleaseManagers(content: Content): Diagnostic[] {
  return content.projects
    .filter((project) => missingReleaseManagers(project.data) > 0)
    .map((project) => {
      const count = project.data.releaseManagers.length;
      if (count === 0) {
        return {
          ...at(project, [], 'two-release-managers', `project "${project.data.name}" has no release managers; two are expected`,
            'add `releaseManagers:` with the person ids of two community release managers approved by the TSC', 'warning'),
          field: 'releaseManagers',
        };
      }
      return at(
        project,
        ['releaseManagers'],
        'two-release-managers',
        `project "${project.data.name}" has ${count} release manager(s); two are expected`,
        'ask the TSC to approve a second community release manager and add their person id',
        'warning',
      );
    });
}
