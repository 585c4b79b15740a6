import type { Release } from '../schemas/releases.ts';
import type { ScheduleProblem } from './milestone-dates.ts';

/**
 * Maintenance and end of life come after the release, in that order. The
 * release day itself is still development (see `releasedFrom`), so neither may
 * fall on it: maintenance that ended on its release day would never be seen.
 */
export function lifecycleProblems(release: Release, releaseDate: string): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const { maintainedUntil, endOfLife } = release;
  const problem = (field: string, message: string, hint: string): ScheduleProblem =>
    ({ path: [field], rule: 'release-lifecycle', severity: 'error', message, hint });
  if (maintainedUntil !== undefined && maintainedUntil <= releaseDate) {
    problems.push(problem('maintainedUntil', `maintainedUntil (${maintainedUntil}) is ${maintainedUntil === releaseDate ? 'the release day' : `before the release date (${releaseDate})`}`,
      'maintenance starts the day after the release day: give a later date, or correct the release milestone'));
  }
  if (endOfLife !== undefined && endOfLife <= releaseDate) {
    problems.push(problem('endOfLife', `endOfLife (${endOfLife}) is ${endOfLife === releaseDate ? 'the release day' : `before the release date (${releaseDate})`}`,
      'give a date after the release milestone'));
  } else if (endOfLife !== undefined && maintainedUntil !== undefined && endOfLife < maintainedUntil) {
    problems.push(problem('endOfLife', `endOfLife (${endOfLife}) is before maintainedUntil (${maintainedUntil})`,
      'support ends after maintenance: move endOfLife after maintainedUntil, or remove one of them'));
  }
  return problems;
}
