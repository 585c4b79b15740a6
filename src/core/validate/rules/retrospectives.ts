import type { Content } from '../../load/load.ts';
import { resolveSchedule } from '../../schedule/milestone-dates.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { at } from './helpers.ts';

/**
 * A release cycle has one retrospective: a second would split its actions
 * between two pages. It looks back on a release, so it is held on or after
 * the release day; one dated before it is likely a typo in the year. One
 * that records nothing yet shows an empty section on the release page.
 */
export function checkRetrospectives(content: Content): Diagnostic[] {
  const releases = new Map(content.releases.map((r) => [r.id, r.data]));
  const timezone = content.portal[0]?.data.timezone;
  const first = new Map<string, string>();
  return content.retrospectives.flatMap((retro) => {
    const { release: releaseId, date, wentWell, toImprove, actions } = retro.data;
    const release = releases.get(releaseId);
    if (!release) return []; // reported as an unknown release
    const found: Diagnostic[] = [];
    const earlier = first.get(releaseId);
    if (earlier !== undefined) {
      found.push(at(retro, ['release'], 'retrospective-duplicate', `release "${releaseId}" already has a retrospective, in ${earlier}`, 'merge the two files: a release cycle has one retrospective, so its actions are listed in one place'));
    } else first.set(releaseId, retro.file);
    const { releaseDate } = resolveSchedule(release, { timezone });
    if (releaseDate !== undefined && date < releaseDate) {
      found.push(at(retro, ['date'], 'retrospective-date', `the retrospective is dated ${date}, before release "${releaseId}" ships on ${releaseDate}`, 'a retrospective looks back on a release cycle: check the date, or hold it after the release', 'warning'));
    }
    if (wentWell.length + toImprove.length + actions.length === 0) {
      found.push(at(retro, ['release'], 'retrospective-empty', 'this retrospective records nothing yet', 'add `wentWell`, `toImprove` or `actions` (each action with an `owner`)', 'warning'));
    }
    return found;
  });
}
