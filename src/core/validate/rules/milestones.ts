import type { Content } from '../../load/load.ts';
import { resolveSchedule } from '../../schedule/milestone-dates.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { at } from './helpers.ts';

/** The field that says how a milestone is dated: where a reader fixes its date. */
const datingField = (m: { date?: string; after?: string }): string =>
  m.date !== undefined ? 'date' : m.after !== undefined ? 'after' : 'week';

/**
 * A schedule reads top to bottom: each milestone is due no earlier than the
 * one listed before it, comparing the dates as resolved (a `week: R-5` or
 * `after: freeze` milestone is compared by the day it falls on).
 */
export function checkMilestoneOrder(content: Content): Diagnostic[] {
  const timezone = content.portal[0]?.data.timezone;
  const diagnostics: Diagnostic[] = [];
  for (const release of content.releases) {
    const { dates } = resolveSchedule(release.data, { timezone });
    let previous: { id: string; date: string } | undefined;
    release.data.milestones.forEach((milestone, index) => {
      const date = dates[index]?.date;
      if (date === undefined) return; // unresolved: checkSchedules reports why
      if (previous && date < previous.date) {
        const written = milestone.date === undefined ? `, resolved from ${dates[index]!.rule}` : '';
        diagnostics.push(
          at(release, ['milestones', index, datingField(milestone)], 'milestone-order',
            `milestone "${milestone.id}" (${date}${written}) comes before "${previous.id}" (${previous.date}), which is listed above it`,
            'list milestones in date order, or correct one of the dates'),
        );
      }
      previous = { id: milestone.id, date };
    });
  }
  return diagnostics;
}

/**
 * Problems that stop a schedule from being worked out: cycles of relative
 * dates, `after` naming no milestone, `week:` with no release milestone,
 * unknown time zones, and maintenance or end of life before the release.
 */
export function checkSchedules(content: Content): Diagnostic[] {
  const timezone = content.portal[0]?.data.timezone;
  return content.releases.flatMap((release) =>
    resolveSchedule(release.data, { timezone }).problems.map((p) => at(release, p.path, p.rule, p.message, p.hint, p.severity)),
  );
}

/**
 * A project's own milestone belongs to a project taking part in the release:
 * the project's calendar and page hold only the releases it takes part in,
 * so its event would be missing from both.
 */
export function checkMilestoneProjects(content: Content): Diagnostic[] {
  const known = new Set(content.projects.map((p) => p.id)); // unknown ones are reported as such
  return content.releases.flatMap((release) => {
    const { projects } = release.data;
    if (projects.length === 0) return [];
    return release.data.milestones.flatMap((m, i) =>
      m.project !== undefined && known.has(m.project) && !projects.includes(m.project)
        ? [at(release, ['milestones', i, 'project'], 'milestone-project',
            `milestone "${m.id}" is project "${m.project}"'s own, but "${m.project}" does not take part in this release`,
            `add "${m.project}" to the release's \`projects\` (else the event is missing from its calendar), or name a participating project`, 'warning')]
        : [],
    );
  });
}
