import { describe, expect, it } from 'vitest';
import { releaseTimeline } from '../../src/core/publish/timeline.ts';
import { createClock } from '../../src/core/schedule/clock.ts';
import { addDays } from '../../src/core/schedule/dates.ts';
import type { ResolvedRelease } from '../../src/core/schedule/types.ts';

/** The fields of a resolved release that the chart reads. */
const release = (id: string, releaseDate: string | undefined, lifecycle: { maintainedUntil?: string; endOfLife?: string } = {}) =>
  ({ id, releaseDate, releasedFrom: releaseDate && addDays(releaseDate, 1), data: { name: id, ...lifecycle }, milestones: [{ date: '2026-01-08' }, ...(releaseDate ? [{ date: releaseDate }] : [{ date: '2026-03-05' }])] }) as unknown as ResolvedRelease;

const clock = createClock({ timezone: 'UTC', now: '2026-06-01T12:00:00Z' });
const phasesOf = (r: ResolvedRelease) => releaseTimeline([r], clock).rows[0]!.segments.map(({ status, from, to, until, openEnded }) => ({ status, from, to, until, openEnded }));

describe('the lifecycle chart', () => {
  it('ends each bar where the next phase starts, and names the days the release pages give', () => {
    expect(phasesOf(release('iris', '2026-05-14', { maintainedUntil: '2027-05-13', endOfLife: '2027-11-11' }))).toEqual([
      // Development runs through the release day, as the release's status does.
      { status: 'in-development', from: '2026-01-08', to: '2026-05-15', until: '2026-05-14', openEnded: false },
      { status: 'maintained', from: '2026-05-15', to: '2027-05-14', until: '2027-05-13', openEnded: false },
      { status: 'released', from: '2027-05-14', to: '2027-11-11', until: '2027-11-11', openEnded: false },
    ]);
  });

  it('draws six months of support for a release with no dates after its release, marked open-ended', () => {
    expect(phasesOf(release('latest-ga', '2026-05-14')).at(-1)).toEqual({ status: 'released', from: '2026-05-15', to: '2026-11-12', until: '2026-11-12', openEnded: true });
    expect(releaseTimeline([release('latest-ga', '2026-05-14')], clock).openEnded).toBe(true);
  });

  it('titles each bar in the legend\'s words, with the days the release pages give', () => {
    const titles = (r: ResolvedRelease) => releaseTimeline([r], clock).rows[0]!.segments.map((s) => s.title);
    expect(titles(release('iris', '2026-05-14', { maintainedUntil: '2027-05-13', endOfLife: '2027-11-11' }))).toEqual([
      'In development: Thu 8 Jan 2026 to Thu 14 May 2026',
      'Maintained: Fri 15 May 2026 to Thu 13 May 2027',
      'Supported (no fixes): from Fri 14 May 2027; end of life Thu 11 Nov 2027',
    ]);
    expect(titles(release('latest-ga', '2026-05-14')).at(-1)).toBe('Released Thu 14 May 2026; maintenance and end of life not set yet');
  });

  it('draws a release without a release date as in development to its last milestone', () => {
    expect(phasesOf(release('stream', undefined))).toEqual([{ status: 'in-development', from: '2026-01-08', to: '2026-03-05', until: '2026-03-05', openEnded: false }]);
  });
});
