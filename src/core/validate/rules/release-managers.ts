import type { Content } from '../../load/load.ts';
import { missingReleaseManagers } from '../../schemas/projects.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { at } from './helpers.ts';

/** A warning for each project short of its community release managers (see `missingReleaseManagers`). */
export function checkReleaseManagers(content: Content): Diagnostic[] {
  return content.projects
    .filter((project) => missingReleaseManagers(project.data) > 0)
    .map((project) =>
      at(
        project,
        project.data.releaseManagers.length ? ['releaseManagers'] : [],
        'two-release-managers',
        `project "${project.data.name}" has ${project.data.releaseManagers.length} release manager(s); two are expected`,
        'ask the TSC to approve a second community release manager and add their person id',
        'warning',
      ),
    );
}
