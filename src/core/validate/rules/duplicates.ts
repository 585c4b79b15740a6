import type { Content, Entry } from '../../load/load.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { at } from './helpers.ts';

/**
 * Ids must be unique: two files that give the same id (people/ana.yaml and
 * people/ana.yml), two milestones of one release, two roles of one matrix.
 */
export function checkDuplicates(content: Content): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const kind of ['people', 'projects', 'releases', 'raci', 'levels', 'training', 'handbook'] as const) {
    const seen = new Map<string, Entry<unknown>>();
    for (const entry of content[kind] as Entry<unknown>[]) {
      const first = seen.get(entry.id);
      if (first) diagnostics.push(at(entry, [], 'duplicate-id', `duplicate id "${entry.id}": ${first.file} has it too`, 'rename or remove one of the two files'));
      else seen.set(entry.id, entry);
    }
  }
  for (const release of content.releases) {
    diagnostics.push(...duplicatesIn(release, 'milestones', release.data.milestones.map((m) => m.id), 'milestone'));
  }
  for (const matrix of content.raci) {
    diagnostics.push(...duplicatesIn(matrix, 'roles', matrix.data.roles.map((r) => r.id), 'role'));
    diagnostics.push(...duplicatesIn(matrix, 'activities', matrix.data.activities.map((a) => a.name), 'activity', 'name'));
  }
  return diagnostics;
}

function duplicatesIn(entry: Entry<unknown>, list: string, ids: string[], noun: string, key = 'id'): Diagnostic[] {
  return ids.flatMap((id, index) =>
    ids.indexOf(id) < index
      ? [at(entry, [list, index, key], 'duplicate-id', `duplicate ${noun} "${id}"`, `${noun} ${key}s must be unique within the file; the first is ${list}.${ids.indexOf(id)}`)]
      : [],
  );
}
