import { describe, expect, it } from 'vitest';
import { orderLevels } from '../../src/core/promotion/levels.ts';
import { ago, candidateOf, decide, level, levelOf, only, run } from './fixtures.ts';

describe('alternatives', () => {
  const levels = [level('merge', { name: 'Merge', requirements: [{ job: 'deploy-x86', alternatives: ['deploy-arm'] }] })];

  it('an alternative that passed satisfies the requirement', () => {
    const row = only({ levels, runs: [run({ job: 'deploy-x86', outcome: 'failed' }), run({ job: 'deploy-arm' })] });
    expect(row).toMatchObject({ job: 'deploy-x86', decidedBy: 'deploy-arm', state: 'passed' });
  });

  it('when none passed, the most telling failure is shown rather than "missing"', () => {
    const row = only({ levels, runs: [run({ job: 'deploy-arm', outcome: 'failed' })] });
    expect(row).toMatchObject({ decidedBy: 'deploy-arm', state: 'failed' });
  });

  it('missing names every job that would do', () => {
    const row = only({ levels, runs: [run({ job: 'unrelated' })] });
    expect(row.unblock).toBe('run deploy-x86 (or deploy-arm): no run yet');
  });
});

describe('environments', () => {
  const perPod = [level('daily', { name: 'Daily', requirements: [{ job: 'functest', environments: ['pod-a', 'pod-b'] }] })];

  it('gives one requirement per environment listed', () => {
    const model = decide({ levels: perPod, runs: [run({ job: 'functest', environment: 'pod-a' }), run({ job: 'functest', environment: 'pod-c' })] });
    const rows = levelOf(model, 'daily').requirements;
    expect(rows.map((r) => [r.environment, r.state])).toEqual([['pod-a', 'passed'], ['pod-b', 'missing']]);
    expect(rows[1]!.unblock).toBe('run functest on pod-b: no run yet');
  });

  it('keeps the latest result per environment', () => {
    const model = decide({
      levels: perPod,
      runs: [
        run({ job: 'functest', environment: 'pod-a', outcome: 'failed', startedAt: ago(9), finishedAt: ago(8) }),
        run({ job: 'functest', environment: 'pod-b', outcome: 'failed' }),
        run({ job: 'functest', environment: 'pod-a', startedAt: ago(2), finishedAt: ago(1) }),
      ],
    });
    expect(levelOf(model, 'daily').requirements.map((r) => r.state)).toEqual(['flaky', 'failed']);
  });

  it('takes the latest run by start time, whatever order the results list them in', () => {
    const latestFirst = [
      run({ job: 'functest', environment: 'pod-a', outcome: 'failed', startedAt: ago(2), finishedAt: ago(1) }),
      run({ job: 'functest', environment: 'pod-a', startedAt: ago(5), finishedAt: ago(4) }),
      run({ job: 'functest', environment: 'pod-a', startedAt: ago(9), finishedAt: ago(8) }),
      run({ job: 'functest', environment: 'pod-b', startedAt: ago(3), finishedAt: ago(2) }),
      run({ job: 'functest', environment: 'pod-b', outcome: 'failed', startedAt: ago(3), finishedAt: ago(2.5) }),
    ];
    const [podA, podB] = levelOf(decide({ levels: perPod, runs: latestFirst }), 'daily').requirements;
    expect(podA).toMatchObject({ state: 'failed', finishedAt: undefined });
    expect(podA!.evidence.map((e) => e.startedAt)).toEqual([ago(2)]);
    // Same start: the one that finished last is the latest.
    expect(podB).toMatchObject({ state: 'flaky', finishedAt: ago(2) });
  });

  it('without a list, every environment the job ran in counts, and the worst decides', () => {
    const levels = [level('daily', { name: 'Daily', requirements: [{ job: 'functest' }] })];
    const row = only({ levels, runs: [run({ job: 'functest', environment: 'x86' }), run({ job: 'functest', environment: 'arm', outcome: 'failed' })] });
    expect(row).toMatchObject({ state: 'failed', detail: 'arm: latest run failed' });
    expect(row.evidence).toHaveLength(2);
  });

  it('without a list, a threshold that counts runs counts them in every environment together', () => {
    const twoLabs = [run({ job: 'sit', environment: 'lab-paris', startedAt: ago(5), finishedAt: ago(4) }), run({ job: 'sit', environment: 'lab-seoul', startedAt: ago(3), finishedAt: ago(2) })];
    const minRuns = [level('stable', { name: 'Stable', requirements: [{ job: 'sit', threshold: { kind: 'min-runs', runs: 2 } }] })];
    expect(only({ levels: minRuns, runs: twoLabs })).toMatchObject({ state: 'passed', detail: '2 passing run(s); at least 2 needed' });
    const kOfN = [level('stable', { name: 'Stable', requirements: [{ job: 'sit', threshold: { kind: 'k-of-last-n', k: 2, n: 3 } }] })];
    expect(only({ levels: kOfN, runs: twoLabs })).toMatchObject({ state: 'passed', detail: '2 of the last 2 run(s) passed; 2 of 3 needed' });
    // Named environments are still counted one by one.
    const perLab = [level('stable', { name: 'Stable', requirements: [{ job: 'sit', environments: ['lab-paris'], threshold: { kind: 'min-runs', runs: 2 } }] })];
    expect(only({ levels: perLab, runs: twoLabs })).toMatchObject({ state: 'missing', environment: 'lab-paris' });
  });
});

describe('levels cannot be skipped', () => {
  const chain = [
    level('merge', { name: 'Merge', requirements: [{ job: 'build' }] }),
    level('daily', { name: 'Daily', after: 'merge', requirements: [{ job: 'deploy' }] }),
    level('weekly', { name: 'Weekly', after: 'daily', requirements: [{ job: 'soak' }] }),
  ];

  it('a level whose requirements pass waits for its prerequisite', () => {
    const model = decide({ levels: chain, runs: [run({ job: 'build', outcome: 'failed' }), run({ job: 'deploy' }), run({ job: 'soak' })] });
    const candidate = candidateOf(model);
    expect(candidate.levels.map((l) => [l.level, l.status])).toEqual([['merge', 'blocked'], ['daily', 'waiting'], ['weekly', 'waiting']]);
    expect(candidate.highestLevel).toBeUndefined();
    expect(levelOf(model, 'daily').unblock).toEqual(['reach "merge" first (levels cannot be skipped)']);
  });

  it('the highest level is the last one reached along the chain, and next says what unblocks', () => {
    const model = decide({ levels: chain, runs: [run({ job: 'build' }), run({ job: 'deploy' })] });
    const candidate = candidateOf(model);
    expect(candidate.highestLevel).toBe('daily');
    expect(candidate.next).toEqual({ level: 'weekly', unblock: ['run soak: no run yet'] });
  });

  it('a candidate at the top has no next level', () => {
    const candidate = candidateOf(decide({ levels: chain, runs: [run({ job: 'build' }), run({ job: 'deploy' }), run({ job: 'soak' })] }));
    expect(candidate.highestLevel).toBe('weekly');
    expect(candidate.next).toBeUndefined();
  });

  it('orders levels by the chain whatever order the files come in', () => {
    const { ordered, problems } = orderLevels([chain[2]!, chain[0]!, chain[1]!]);
    expect(ordered.map((l) => l.id)).toEqual(['merge', 'daily', 'weekly']);
    expect(problems).toEqual([]);
  });

  it('reports a second first level, a fork and a cycle', () => {
    const { problems } = orderLevels([
      level('a', { name: 'A' }),
      level('b', { name: 'B' }),
      level('c', { name: 'C', after: 'a' }),
      level('d', { name: 'D', after: 'a' }),
      level('x', { name: 'X', after: 'y' }),
      level('y', { name: 'Y', after: 'x' }),
    ]);
    expect(problems).toEqual(expect.arrayContaining([
      { kind: 'second-first', level: 'b', other: 'a' },
      { kind: 'branch', level: 'd', other: 'c' },
      { kind: 'cycle', level: 'x', other: 'y' },
      { kind: 'cycle', level: 'y', other: 'x' },
    ]));
  });

  it('levels in a cycle are never reached', () => {
    const cyclic = [level('x', { name: 'X', after: 'y' }), level('y', { name: 'Y', after: 'x' })];
    const candidate = candidateOf(decide({ levels: cyclic, runs: [run({ job: 'any' })] }));
    expect(candidate.levels.every((l) => !l.reached)).toBe(true);
  });
});
