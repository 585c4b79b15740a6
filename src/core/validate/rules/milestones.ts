import type { Content } from '../../load/load.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { at } from './helpers.ts';

/** A schedule reads top to bottom: each milestone is due no earlier than the one listed before it. */
export function checkMilestoneOrder(content: Content): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const release of content.releases) {
    let previous: { id: string; date: string } | undefined;
    release.data.milestones.forEach((milestone, index) => {
      if (milestone.date === undefined) return;
      if (previous && milestone.date < previous.date) {
        diagnostics.push(
          at(release, ['milestones', index, 'date'], 'milestone-order',
            `milestone "${milestone.id}" (${milestone.date}) comes before "${previous.id}" (${previous.date}), which is listed above it`,
            'list milestones in date order, or correct one of the dates'),
        );
      }
      previous = { id: milestone.id, date: milestone.date };
    });
  }
  return diagnostics;
}
