import type { Content, Entry } from '../../load/load.ts';
import { byCodeUnit } from '../../order.ts';
import { eventKey } from '../../publish/event-uid.ts';
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
  diagnostics.push(...sharedEventUids(content));
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

/**
 * Release "a.b" with milestone "c" and release "a" with milestone "b.c" get
 * the same calendar event UID ("a.b.c@host"): calendars would keep one of the
 * two events. The UID format cannot change without duplicating every
 * subscriber's events, so the later file's milestone is reported instead.
 */
function sharedEventUids(content: Content): Diagnostic[] {
  const seen = new Map<string, { release: Entry<unknown>; milestone: string; index: number }>();
  const diagnostics: Diagnostic[] = [];
  for (const release of [...content.releases].sort((a, b) => byCodeUnit(a.file, b.file))) {
    release.data.milestones.forEach((m, i) => {
      const key = eventKey(release.id, m.id);
      const first = seen.get(key);
      // The same release twice is a duplicate id, reported above.
      if (first && first.release.id !== release.id) {
        // Located only when reported: most milestones never are.
        const where = `${first.release.file}:${first.release.locate(['milestones', first.index, 'id']).line}`;
        diagnostics.push(at(release, ['milestones', i, 'id'], 'duplicate-event-uid',
          `milestone "${m.id}" of release "${release.id}" would share its calendar event UID "${key}" with milestone "${first.milestone}" of release "${first.release.id}" (${where}): calendars would show only one of them`,
          'rename one of the two milestones or releases so that the ids no longer join up the same way, e.g. with "-" instead of "."'));
      } else if (!first) {
        seen.set(key, { release, milestone: m.id, index: i });
      }
    });
  }
  return diagnostics;
}
