import { describe, expect, it } from 'vitest';
import { promotionPace } from '../../src/core/promotion/pace.ts';
import { levelHistory } from '../../src/core/promotion/qualify.ts';
import { ago, decide, level, run } from './fixtures.ts';

const hour = 3_600_000;
const chain = [level('merge', { name: 'Merge', requirements: [{ job: 'build' }, { job: 'unit' }] })];
/** A candidate first seen `born` hours ago whose last required result came in `promoted` hours ago. */
const promotedCandidate = (id: string, born: number, promoted: number) => [
  run({ candidate: id, job: 'build', startedAt: ago(born), finishedAt: ago(born - 1) }),
  run({ candidate: id, job: 'unit', startedAt: ago(promoted + 1), finishedAt: ago(promoted) }),
];

describe('the pace of a level', () => {
  it('gives the last promotion, how long ago it came, and the median climb and gap between promotions', () => {
    const model = decide({
      levels: chain,
      runs: [...promotedCandidate('c1', 100, 90), ...promotedCandidate('c2', 60, 56), ...promotedCandidate('c3', 30, 28), ...promotedCandidate('c4', 12, 6)],
    });
    const pace = promotionPace(levelHistory(model, 'merge'), model.asOf);
    expect(pace).toEqual({
      promotions: 4,
      last: { candidate: 'c4', promotedAt: ago(6), before: 6 * hour, lapsed: false },
      // Climbs of 10, 4, 2 and 6 hours; gaps of 34, 28 and 22 hours.
      medianWait: 5 * hour,
      medianInterval: 28 * hour,
    });
  });

  it('has no gap between promotions with one promotion only, and nothing with none', () => {
    const one = decide({ levels: chain, runs: promotedCandidate('c1', 10, 7) });
    expect(promotionPace(levelHistory(one, 'merge'), one.asOf)).toEqual({ promotions: 1, last: { candidate: 'c1', promotedAt: ago(7), before: 7 * hour, lapsed: false }, medianWait: 3 * hour, medianInterval: undefined });
    const none = decide({ levels: chain, runs: [run({ candidate: 'c1', job: 'build', outcome: 'failed', startedAt: ago(3), finishedAt: ago(2) })] });
    expect(promotionPace(levelHistory(none, 'merge'), none.asOf)).toEqual({ promotions: 0 });
  });

  it('counts promotions whose results went stale since: they were promotions all the same', () => {
    const aging = [level('merge', { name: 'Merge', maxAge: '48h', requirements: [{ job: 'build' }, { job: 'unit' }] })];
    const model = decide({ levels: aging, runs: [...promotedCandidate('old', 100, 96), ...promotedCandidate('new', 20, 18)] });
    const history = levelHistory(model, 'merge');
    expect(history.map((p) => [p.candidate, p.lapsed])).toEqual([['new', false], ['old', true]]);
    expect(promotionPace(history, model.asOf)).toMatchObject({ promotions: 2, medianWait: 3 * hour, medianInterval: 78 * hour });
    // The last promotion gone stale says so: the level is not held since.
    const stale = decide({ levels: aging, runs: promotedCandidate('old', 100, 96) });
    expect(promotionPace(levelHistory(stale, 'merge'), stale.asOf).last).toEqual({ candidate: 'old', promotedAt: ago(96), before: 96 * hour, lapsed: true });
  });
});
