import { describe, expect, it } from 'vitest';
import { ago, decide, level, levelOf, only, run, waiver } from './fixtures.ts';

const gate = (extra: Record<string, unknown> = {}) =>
  level('daily', { name: 'Daily', maxAge: '48h', requirements: [{ job: 'smoke', ...extra }] });

describe('requirement states from the latest run', () => {
  it('passed: the latest run passed, with the run as evidence', () => {
    const row = only({ levels: [gate()], runs: [run({ job: 'smoke', url: 'https://ci.example.org/1', commit: 'abc1234' })] });
    expect(row).toMatchObject({ state: 'passed', satisfied: true, decidedBy: 'smoke', detail: 'latest run passed' });
    expect(row.evidence).toEqual([expect.objectContaining({ job: 'smoke', outcome: 'passed', url: 'https://ci.example.org/1', file: 'results/r.json' })]);
    expect(row.evidence[0]!.failingCases).toEqual([]);
    expect(row.finishedAt).toBe(ago(2));
  });

  it('failed: names the failing test cases and how to unblock', () => {
    const row = only({
      levels: [gate()],
      runs: [run({ job: 'smoke', outcome: 'failed', cases: [
        { name: 'test_boot', outcome: 'failed', message: 'timeout' },
        { name: 'test_ping', outcome: 'passed' },
      ] })],
    });
    expect(row).toMatchObject({ state: 'failed', satisfied: false, detail: 'latest run failed: 1 test case(s) failing' });
    expect(row.evidence[0]!.failingCases).toEqual([{ name: 'test_boot', outcome: 'failed', message: 'timeout', waived: false }]);
    expect(row.unblock).toBe('fix smoke: test_boot (latest run failed: 1 test case(s) failing), or waive it');
  });

  it('evidence serializes to plain JSON, as the candidate API publishes it', () => {
    const row = only({ levels: [gate()], runs: [run({ job: 'smoke', outcome: 'failed', environment: 'lab-a', cases: [{ name: 'test_boot', outcome: 'failed' }] })] });
    expect(JSON.parse(JSON.stringify(row.evidence))).toEqual([{
      job: 'smoke', environment: 'lab-a', outcome: 'failed', startedAt: ago(3), finishedAt: ago(2), file: 'results/r.json',
      failingCases: [{ name: 'test_boot', outcome: 'failed', waived: false }], flakyCases: [],
    }]);
  });

  it('errored: the job broke before it could judge', () => {
    const row = only({ levels: [gate()], runs: [run({ job: 'smoke', outcome: 'errored' })] });
    expect(row).toMatchObject({ state: 'errored', satisfied: false, unblock: 'rerun smoke: latest run errored' });
  });

  it('the latest run wins over an earlier failure, and the rerun makes it flaky', () => {
    const row = only({
      levels: [gate()],
      runs: [run({ job: 'smoke', outcome: 'failed', startedAt: ago(10), finishedAt: ago(9) }), run({ job: 'smoke' })],
    });
    expect(row).toMatchObject({ state: 'flaky', satisfied: true });
    expect(row.detail).toContain('passed on a rerun after a failed run');
    expect(row.evidence.map((e) => e.outcome)).toEqual(['failed', 'passed']);
  });

  it('a later failure wins over an earlier pass', () => {
    const row = only({
      levels: [gate()],
      runs: [run({ job: 'smoke', startedAt: ago(10), finishedAt: ago(9) }), run({ job: 'smoke', outcome: 'failed' })],
    });
    expect(row.state).toBe('failed');
  });
});

describe('missing and stale', () => {
  it('missing: no run of the job', () => {
    const row = only({ levels: [gate()], runs: [run({ job: 'other' })] });
    expect(row).toMatchObject({ state: 'missing', satisfied: false, detail: 'no run yet', unblock: 'run smoke: no run yet', evidence: [] });
  });

  it('missing: a run still in progress or skipped is not a result', () => {
    const running = only({ levels: [gate()], runs: [run({ job: 'smoke', outcome: 'running', finishedAt: undefined })] });
    expect(running).toMatchObject({ state: 'missing', detail: 'a run is still in progress' });
    expect(running.evidence[0]!.outcome).toBe('running');
    const skipped = only({ levels: [gate()], runs: [run({ job: 'smoke', outcome: 'skipped' })] });
    expect(skipped).toMatchObject({ state: 'missing', detail: 'latest run was skipped' });
  });

  it('stale: the latest result is older than the level allows', () => {
    const row = only({ levels: [gate()], runs: [run({ job: 'smoke', startedAt: ago(73), finishedAt: ago(72) })] });
    expect(row).toMatchObject({ state: 'stale', satisfied: false, detail: 'latest result is 3d old; at most 2d allowed' });
    expect(row.unblock).toBe('rerun smoke: latest result is 3d old; at most 2d allowed');
  });

  it('a requirement maxAge overrides the level', () => {
    const row = only({ levels: [gate({ maxAge: '7d' })], runs: [run({ job: 'smoke', startedAt: ago(73), finishedAt: ago(72) })] });
    expect(row.state).toBe('passed');
  });

  it('staleness is measured at the decision clock, so the same content gives the same answer', () => {
    const runs = [run({ job: 'smoke', startedAt: ago(30), finishedAt: ago(29) })];
    expect(only({ levels: [gate()], runs }).state).toBe('passed');
    expect(only({ levels: [gate({ maxAge: '1d' })], runs }).state).toBe('stale');
  });
});

describe('flaky passes per the level rule', () => {
  const retried = () => run({ job: 'smoke', cases: [{ name: 'a', outcome: 'passed', retries: 2 }, { name: 'b', outcome: 'passed' }] });

  it('a level that allows flaky passes is satisfied, and shows them', () => {
    const row = only({ levels: [gate()], runs: [retried()] });
    expect(row).toMatchObject({ state: 'flaky', satisfied: true });
    expect(row.evidence[0]!.flakyCases).toEqual(['a']);
  });

  it('a level that blocks flaky passes is not', () => {
    const strict = level('daily', { name: 'Daily', flaky: 'block', requirements: [{ job: 'smoke' }] });
    const row = only({ levels: [strict], runs: [retried()] });
    expect(row).toMatchObject({ state: 'flaky', satisfied: false });
    expect(row.unblock).toMatch(/^get a pass of smoke without retries: 1 test case\(s\) passed only after retries/);
  });
});

describe('waivers', () => {
  const failing = () => run({ job: 'smoke', outcome: 'failed', cases: [{ name: 'test_boot', outcome: 'failed' }, { name: 'test_ping', outcome: 'passed' }] });

  it('a job waiver keeps the requirement visible as waived, with the state it covers', () => {
    const row = only({ levels: [gate()], runs: [failing()], waivers: [waiver({ job: 'smoke', reason: 'bug 42' })] });
    expect(row).toMatchObject({ state: 'waived', satisfied: true, waivedState: 'failed', waiver: { reason: 'bug 42', approver: 'ana-lima', file: 'waivers/w.yaml', index: 0 } });
    expect(row.evidence).toHaveLength(1);
  });

  it('a missing job can be waived too', () => {
    const row = only({ levels: [gate()], runs: [run({ job: 'other' })], waivers: [waiver({ job: 'smoke' })] });
    expect(row).toMatchObject({ state: 'waived', waivedState: 'missing' });
  });

  it('a test waiver accepts a run whose only failures are waived cases', () => {
    const row = only({ levels: [gate()], runs: [failing()], waivers: [waiver({ test: 'test_boot' })] });
    expect(row).toMatchObject({ state: 'waived', waivedState: 'failed', waiver: { test: 'test_boot' } });
    expect(row.evidence[0]!.failingCases[0]).toMatchObject({ name: 'test_boot', waived: true });
  });

  it('a test waiver cannot make a stale result fresh; a job waiver still covers it', () => {
    const old = () => run({ job: 'smoke', outcome: 'failed', startedAt: ago(73), finishedAt: ago(72), cases: [{ name: 'test_boot', outcome: 'failed' }] });
    expect(only({ levels: [gate()], runs: [old()], waivers: [waiver({ test: 'test_boot' })] }).state).toBe('stale');
    expect(only({ levels: [gate()], runs: [old()], waivers: [waiver({ job: 'smoke' })] })).toMatchObject({ state: 'waived', waivedState: 'stale' });
  });

  it('a test waiver does not cover other failing cases', () => {
    const row = only({ levels: [gate()], runs: [failing()], waivers: [waiver({ test: 'test_other' })] });
    expect(row.state).toBe('failed');
  });

  it('a pattern matches candidates by wildcard; "*" matches all', () => {
    const runs = [run({ job: 'smoke', outcome: 'failed', candidate: 'trunk-42' })];
    const levels = [gate()];
    const rowOf = (pattern: string) =>
      levelOf(decide({ levels, runs, waivers: [waiver({ candidate: pattern, job: 'smoke' })] }), 'daily', 'trunk-42').requirements[0]!;
    expect(rowOf('trunk-*').state).toBe('waived');
    expect(rowOf('*').state).toBe('waived');
    expect(rowOf('stable-*').state).toBe('failed');
    expect(rowOf('trunk-4').state).toBe('failed');
  });

  it('an expired waiver no longer applies; it applies through its expiry day', () => {
    const runs = [failing()];
    expect(only({ levels: [gate()], runs, waivers: [waiver({ job: 'smoke', expires: '2026-11-23' })] }).state).toBe('failed');
    expect(only({ levels: [gate()], runs, waivers: [waiver({ job: 'smoke', expires: '2026-11-24' })] }).state).toBe('waived');
  });

  it('a waiver for another level does not apply', () => {
    const row = only({ levels: [gate()], runs: [failing()], waivers: [waiver({ job: 'smoke', level: 'weekly' })] });
    expect(row.state).toBe('failed');
  });

  it('a passing requirement is not marked waived', () => {
    const row = only({ levels: [gate()], runs: [run({ job: 'smoke' })], waivers: [waiver({ job: 'smoke' })] });
    expect(row.state).toBe('passed');
  });
});

describe('excluded requirements', () => {
  it('a requirement that applies to other candidates is excluded and does not block', () => {
    const row = only({ levels: [gate({ appliesTo: ['stable-*'] })], runs: [run({ job: 'other' })] });
    expect(row).toMatchObject({ state: 'excluded', satisfied: true, detail: 'applies only to stable-*' });
  });

  it('appliesTo matches the candidate stream as well as its id', () => {
    const row = only({ levels: [gate({ appliesTo: ['stable'] })], runs: [run({ job: 'other', stream: 'stable' })] });
    expect(row.state).toBe('missing');
  });
});
