import type { Content } from '../../load/load.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { at } from './helpers.ts';

/**
 * LFN's release management support asks every project for two community
 * release managers, so that the process survives one being away.
 */
export function checkReleaseManagers(content: Content): Diagnostic[] {
  return content.projects
    .filter((project) => project.data.lifecycle !== 'archived' && project.data.releaseManagers.length < 2)
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
