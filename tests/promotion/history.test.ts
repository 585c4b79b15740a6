import { describe, expect, it } from 'vitest';
import { levelHistory, qualifyRelease } from '../../src/core/promotion/qualify.ts';
import { ago, candidateOf, decide, level, levelOf, now, run } from './fixtures.ts';

const hour = 3_600_000;
const chain = [
  level('merge', { name: 'Merge', qualifies: ['latest'], requirements: [{ job: 'build' }] }),
  level('daily', { name: 'Daily', after: 'merge', qualifies: ['latest'], requirements: [{ job: 'deploy' }, { job: 'smoke' }] }),
  level('stable', { name: 'Stable', after: 'daily', qualifies: ['ga'], requirements: [{ job: 'soak' }] }),
];

describe('decisions as of a past time', () => {
  const runs = [
    run({ candidate: 'c1', job: 'build', startedAt: ago(30), finishedAt: ago(29) }),
    run({ candidate: 'c1', job: 'deploy', startedAt: ago(20), finishedAt: ago(19) }),
    run({ candidate: 'c1', job: 'smoke', startedAt: ago(12), finishedAt: ago(10) }),
  ];

  it('ignores runs that started after the decision time', () => {
    const past = decide({ levels: chain, runs, asOf: now - 15 * hour });
    expect(candidateOf(past).highestLevel).toBe('merge');
    expect(levelOf(past, 'daily').requirements.map((r) => r.state)).toEqual(['passed', 'missing']);
    expect(past.asOf).toBe(ago(15));
  });

  it('a run that had not finished by then counts as running', () => {
    const past = decide({ levels: chain, runs, asOf: now - 11 * hour });
    expect(levelOf(past, 'daily').requirements[1]).toMatchObject({ state: 'missing', detail: 'a run is still in progress' });
  });

  it('a candidate with no run yet does not exist yet', () => {
    expect(decide({ levels: chain, runs, asOf: now - 40 * hour }).candidates).toEqual([]);
  });

  it('gives the promotion time per level: when its last needed result finished', () => {
    const model = decide({ levels: chain, runs });
    expect(levelOf(model, 'merge').promotedAt).toBe(ago(29));
    expect(levelOf(model, 'daily').promotedAt).toBe(ago(10));
    expect(levelOf(model, 'stable').promotedAt).toBeUndefined();
  });

  it('a level reached after its requirements passed is promoted when its prerequisite was', () => {
    const model = decide({
      levels: chain,
      runs: [
        run({ job: 'deploy', startedAt: ago(30), finishedAt: ago(29) }),
        run({ job: 'smoke', startedAt: ago(30), finishedAt: ago(28) }),
        run({ job: 'build', startedAt: ago(5), finishedAt: ago(4) }),
      ],
    });
    expect(levelOf(model, 'daily').promotedAt).toBe(ago(4));
  });
});

describe('candidates and releases', () => {
  const runs = [
    ...['build', 'deploy', 'smoke', 'soak'].map((job) => run({ candidate: 'trunk-1', job, startedAt: ago(50), finishedAt: ago(49) })),
    ...['build', 'deploy', 'smoke'].map((job) => run({ candidate: 'trunk-2', job, startedAt: ago(30), finishedAt: ago(29) })),
    run({ candidate: 'trunk-3', job: 'build', startedAt: ago(10), finishedAt: ago(9) }),
    run({ candidate: 'trunk-3', job: 'deploy', outcome: 'failed', startedAt: ago(8), finishedAt: ago(7) }),
  ];
  const model = decide({ levels: chain, runs });

  it('lists candidates newest first', () => {
    expect(model.candidates.map((c) => c.candidate)).toEqual(['trunk-3', 'trunk-2', 'trunk-1']);
    expect(model.candidates.map((c) => c.highestLevel)).toEqual(['merge', 'daily', 'stable']);
  });

  it('the newest candidate at or above the qualifying level qualifies a release', () => {
    expect(qualifyRelease(model, { type: 'latest', qualifyingLevel: 'daily' })).toMatchObject({ level: 'daily', candidate: { candidate: 'trunk-2' }, promotedAt: ago(29) });
    expect(qualifyRelease(model, { type: 'latest', qualifyingLevel: 'merge' }).candidate?.candidate).toBe('trunk-3');
    expect(qualifyRelease(model, { type: 'ga', qualifyingLevel: 'stable' }).candidate?.candidate).toBe('trunk-1');
  });

  it('without a qualifying level, the first level that qualifies the release type is required', () => {
    expect(qualifyRelease(model, { type: 'ga' })).toMatchObject({ level: 'stable', candidate: { candidate: 'trunk-1' } });
    expect(qualifyRelease(model, { type: 'latest' }).level).toBe('merge');
  });

  it('says so when no candidate qualifies, or no level does', () => {
    const none = qualifyRelease(model, { type: 'ga', qualifyingLevel: 'stable', candidates: 'other-*' });
    expect(none).toEqual({ level: 'stable' });
    expect(qualifyRelease(model, { type: 'maintenance' })).toEqual({});
  });

  it('names the candidate closest to the level when none reached it, and the level it is blocked at', () => {
    // trunk-2 reached daily, trunk-3 (newer) only merge: trunk-2 climbed highest, stable blocks it.
    const unshipped = runs.filter((r) => r.candidate !== 'trunk-1');
    const notYet = qualifyRelease(decide({ levels: chain, runs: unshipped }), { type: 'ga', qualifyingLevel: 'stable' });
    expect(notYet.candidate).toBeUndefined();
    expect(notYet.closest?.candidate.candidate).toBe('trunk-2');
    expect(notYet.closest?.blockedAt).toMatchObject({ level: 'stable', status: 'blocked', summary: '1 of 1 required job missing' });
    // Of candidates as high as each other, the newest; it is blocked at the first level it has not reached, below the required one.
    const atMerge = [...unshipped.filter((r) => r.candidate === 'trunk-3'), run({ candidate: 'trunk-4', job: 'build', startedAt: ago(2), finishedAt: ago(1) })];
    const closest = qualifyRelease(decide({ levels: chain, runs: atMerge }), { type: 'ga', qualifyingLevel: 'stable' }).closest;
    expect(closest?.candidate.candidate).toBe('trunk-4');
    expect(closest?.blockedAt).toMatchObject({ level: 'daily', summary: '2 of 2 required jobs missing' });
    expect(closest?.candidate.highestLevel).toBe('merge');
  });

  it('a release takes only the candidates its pattern names, by id or by stream', () => {
    const branches = decide({
      levels: chain,
      runs: [
        ...['build', 'deploy', 'smoke'].map((job) => run({ candidate: 'rc-1', stream: 'stable-2026', job, startedAt: ago(40), finishedAt: ago(39) })),
        ...['build', 'deploy', 'smoke'].map((job) => run({ candidate: 'trunk-9', stream: 'trunk', job, startedAt: ago(20), finishedAt: ago(19) })),
      ],
    });
    const latest = (candidates?: string) => qualifyRelease(branches, { type: 'latest', qualifyingLevel: 'daily', candidates }).candidate?.candidate;
    expect([latest(), latest('stable-2026'), latest('rc-*'), latest('trunk'), latest('stable-2027')]).toEqual(['trunk-9', 'rc-1', 'rc-1', 'trunk-9', undefined]);
  });

  it('lists the history of a level, most recent promotion first', () => {
    expect(levelHistory(model, 'daily')).toEqual([
      { candidate: 'trunk-2', promotedAt: ago(29), waited: hour, lapsed: false },
      { candidate: 'trunk-1', promotedAt: ago(49), waited: hour, lapsed: false },
    ]);
    expect(levelHistory(model, 'nowhere')).toEqual([]);
  });
});

describe('promotions whose results have since gone stale', () => {
  // Results older than two days are stale; rc-1 passed everything three days ago.
  const aging = [
    level('merge', { name: 'Merge', qualifies: ['latest'], maxAge: '48h', requirements: [{ job: 'build' }] }),
    level('daily', { name: 'Daily', after: 'merge', qualifies: ['maintenance'], maxAge: '48h', requirements: [{ job: 'deploy', environments: ['lab-a', 'lab-b'] }] }),
  ];
  const passedThenAged = [
    run({ candidate: 'rc-1', job: 'build', startedAt: ago(80), finishedAt: ago(79) }),
    run({ candidate: 'rc-1', job: 'deploy', environment: 'lab-a', startedAt: ago(78), finishedAt: ago(77) }),
    run({ candidate: 'rc-1', job: 'deploy', environment: 'lab-b', startedAt: ago(76), finishedAt: ago(75) }),
  ];

  it('keeps the promotion: the level is not held now, but was reached when the last result came in', () => {
    const model = decide({ levels: aging, runs: passedThenAged });
    expect(candidateOf(model, 'rc-1').highestLevel).toBeUndefined();
    expect(levelOf(model, 'merge', 'rc-1')).toMatchObject({ reached: false, status: 'blocked', lapsed: { promotedAt: ago(79) } });
    expect(levelOf(model, 'daily', 'rc-1')).toMatchObject({ reached: false, lapsed: { promotedAt: ago(75) } });
    expect(levelOf(model, 'daily', 'rc-1').requirements.map((r) => r.state)).toEqual(['stale', 'stale']);
    expect(levelHistory(model, 'daily')).toEqual([{ candidate: 'rc-1', promotedAt: ago(75), waited: 5 * hour, lapsed: true }]);
  });

  it('names it for a release no fresh candidate qualifies, as lapsed; a candidate holding the level now comes first', () => {
    const lapsed = decide({ levels: aging, runs: passedThenAged });
    expect(qualifyRelease(lapsed, { type: 'maintenance' })).toMatchObject({ level: 'daily', candidate: { candidate: 'rc-1' }, promotedAt: ago(75), lapsed: true });
    const fresh = ['build', 'deploy'].flatMap((job) => ['lab-a', 'lab-b'].map((environment) => run({ candidate: 'rc-0', job, environment, startedAt: ago(90), finishedAt: ago(10) })));
    const both = decide({ levels: aging, runs: [...passedThenAged, ...fresh] });
    expect(qualifyRelease(both, { type: 'maintenance' })).toMatchObject({ candidate: { candidate: 'rc-0' }, promotedAt: ago(10) });
    expect(qualifyRelease(both, { type: 'maintenance' }).lapsed).toBeUndefined();
  });

  it('is no promotion when the results never met the level together', () => {
    // deploy on lab-b came in a day after lab-a's result had gone stale, then failed.
    const apart = decide({
      levels: aging,
      runs: [
        run({ candidate: 'rc-1', job: 'build', startedAt: ago(80), finishedAt: ago(79) }),
        run({ candidate: 'rc-1', job: 'deploy', environment: 'lab-a', startedAt: ago(130), finishedAt: ago(129) }),
        run({ candidate: 'rc-1', job: 'deploy', environment: 'lab-b', startedAt: ago(78), finishedAt: ago(77) }),
      ],
    });
    expect(levelOf(apart, 'merge', 'rc-1').lapsed).toEqual({ promotedAt: ago(79) });
    expect(levelOf(apart, 'daily', 'rc-1').lapsed).toBeUndefined();
    const failed = decide({ levels: aging, runs: [...passedThenAged.slice(0, 2), run({ candidate: 'rc-1', job: 'deploy', environment: 'lab-b', outcome: 'failed', startedAt: ago(76), finishedAt: ago(75) })] });
    expect(levelOf(failed, 'daily', 'rc-1').lapsed).toBeUndefined();
    expect(levelHistory(failed, 'daily')).toEqual([]);
  });

  it('judges a level as of its own jobs\' last result: a later failure of the next level changes nothing', () => {
    const model = decide({
      levels: aging,
      runs: [passedThenAged[0]!, run({ candidate: 'rc-1', job: 'deploy', environment: 'lab-a', outcome: 'failed', startedAt: ago(21), finishedAt: ago(20) })],
    });
    expect(levelOf(model, 'merge', 'rc-1').lapsed).toEqual({ promotedAt: ago(79) });
    expect(levelHistory(model, 'merge')).toEqual([{ candidate: 'rc-1', promotedAt: ago(79), waited: hour, lapsed: true }]);
  });

  it('needs the prerequisite reached by then: levels cannot be skipped in history either', () => {
    const model = decide({ levels: aging, runs: passedThenAged.filter((r) => r.job !== 'build') });
    expect(levelOf(model, 'merge', 'rc-1').lapsed).toBeUndefined();
    expect(levelOf(model, 'daily', 'rc-1').lapsed).toBeUndefined();
  });

  it('is not set on a level held now', () => {
    const model = decide({ levels: aging, runs: passedThenAged, asOf: now - 70 * hour });
    expect(levelOf(model, 'daily', 'rc-1')).toMatchObject({ reached: true, promotedAt: ago(75) });
    expect(levelOf(model, 'daily', 'rc-1').lapsed).toBeUndefined();
  });
});
