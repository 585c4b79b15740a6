import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { requirementSchema, thresholdSchema } from '../../src/core/schemas/promotion.ts';
import { ago, level, only, run } from './fixtures.ts';

const withThreshold = (threshold: z.input<typeof thresholdSchema>, extra: Partial<z.input<typeof requirementSchema>> = {}) =>
  level('weekly', { name: 'Weekly', maxAge: '7d', requirements: [{ job: 'tempest', threshold, ...extra }] });

/** A run `hoursAgo` with the given outcome. */
const at = (hoursAgo: number, outcome: 'passed' | 'failed' | 'errored' = 'passed', cases: { name: string; outcome: 'passed' | 'failed' | 'skipped'; retries?: number }[] = []) =>
  run({ job: 'tempest', outcome, startedAt: ago(hoursAgo + 1), finishedAt: ago(hoursAgo), cases });

const cases = (passed: number, failed: number, skipped = 0) => [
  ...Array.from({ length: passed }, (_, i) => ({ name: `p${i}`, outcome: 'passed' as const })),
  ...Array.from({ length: failed }, (_, i) => ({ name: `f${i}`, outcome: 'failed' as const })),
  ...Array.from({ length: skipped }, (_, i) => ({ name: `s${i}`, outcome: 'skipped' as const })),
];

describe('all-pass (the default)', () => {
  it('is what a requirement gets without a threshold', () => {
    const row = only({ levels: [level('weekly', { name: 'Weekly', requirements: [{ job: 'tempest' }] })], runs: [at(1)] });
    expect(row.threshold).toEqual({ kind: 'all-pass' });
    expect(row.state).toBe('passed');
  });
});

describe('pass-rate', () => {
  it('passes at or above the rate, skipped cases not counted', () => {
    const row = only({ levels: [withThreshold({ kind: 'pass-rate', min: 95 })], runs: [at(1, 'failed', cases(19, 1, 5))] });
    expect(row).toMatchObject({ state: 'passed', satisfied: true, detail: '19 of 20 test cases passed (95%); at least 95% needed' });
  });

  it('fails below the rate', () => {
    const row = only({ levels: [withThreshold({ kind: 'pass-rate', min: 95 })], runs: [at(1, 'failed', cases(37, 3))] });
    expect(row).toMatchObject({ state: 'failed', detail: '37 of 40 test cases passed (92.5%); at least 95% needed' });
  });

  it('falls back to the run outcome when the run has no test cases', () => {
    expect(only({ levels: [withThreshold({ kind: 'pass-rate', min: 90 })], runs: [at(1, 'errored')] }).state).toBe('errored');
    expect(only({ levels: [withThreshold({ kind: 'pass-rate', min: 90 })], runs: [at(1)] }).state).toBe('passed');
  });
});

describe('min-runs', () => {
  const three = withThreshold({ kind: 'min-runs', runs: 3 });

  it('passes with enough passing runs within the maximum age', () => {
    const row = only({ levels: [three], runs: [at(30), at(20), at(10)] });
    expect(row).toMatchObject({ state: 'passed', detail: '3 passing run(s); at least 3 needed' });
    expect(row.evidence).toHaveLength(3);
  });

  it('is missing runs while the latest passed', () => {
    const row = only({ levels: [three], runs: [at(20), at(10)] });
    expect(row).toMatchObject({ state: 'missing', detail: '2 passing run(s); at least 3 needed; 1 more to run' });
  });

  it('fails when the latest run failed', () => {
    expect(only({ levels: [three], runs: [at(20), at(10, 'failed')] }).state).toBe('failed');
  });

  it('does not count runs older than the maximum age', () => {
    const row = only({ levels: [three], runs: [at(200), at(20), at(10)] });
    expect(row.state).toBe('missing');
  });
});

describe('k-of-last-n', () => {
  const fourOfFive = withThreshold({ kind: 'k-of-last-n', k: 4, n: 5 });

  it('passes when k of the last n runs passed', () => {
    const row = only({ levels: [fourOfFive], runs: [at(60, 'failed'), at(50), at(40, 'failed'), at(30), at(20), at(10), at(5)] });
    expect(row).toMatchObject({ state: 'passed', detail: '4 of the last 5 run(s) passed; 4 of 5 needed' });
    expect(row.evidence).toHaveLength(5);
  });

  it('fails when no further run can reach k', () => {
    const row = only({ levels: [fourOfFive], runs: [at(50), at(40, 'failed'), at(30, 'failed'), at(20), at(10)] });
    expect(row).toMatchObject({ state: 'failed', detail: '3 of the last 5 run(s) passed; 4 of 5 needed' });
  });

  it('is missing runs while k can still be reached', () => {
    const row = only({ levels: [fourOfFive], runs: [at(30), at(20, 'failed'), at(10)] });
    expect(row).toMatchObject({ state: 'missing', detail: '2 of the last 3 run(s) passed; 4 of 5 needed; 2 more run(s) can still reach it' });
  });

  it('rejects k larger than n in the policy', () => {
    expect(() => withThreshold({ kind: 'k-of-last-n', k: 6, n: 5 })).toThrow(/cannot be larger than `n`/);
  });
});

describe('max-flaky', () => {
  const tenPercent = withThreshold({ kind: 'max-flaky', max: 10 });
  const retried = (flaky: number, clean: number) => [
    ...Array.from({ length: flaky }, (_, i) => ({ name: `r${i}`, outcome: 'passed' as const, retries: 1 })),
    ...Array.from({ length: clean }, (_, i) => ({ name: `c${i}`, outcome: 'passed' as const })),
  ];

  it('accepts a share of retried cases up to the limit, shown as flaky', () => {
    const row = only({ levels: [tenPercent], runs: [at(1, 'passed', retried(1, 9))] });
    expect(row).toMatchObject({ state: 'flaky', satisfied: true, detail: '1 of 10 test cases (10%) passed only after retries; at most 10% allowed' });
  });

  it('blocks above the limit', () => {
    const row = only({ levels: [tenPercent], runs: [at(1, 'passed', retried(2, 8))] });
    expect(row).toMatchObject({ state: 'flaky', satisfied: false });
  });

  it('is a plain pass without retries, and a failure when the run failed', () => {
    expect(only({ levels: [tenPercent], runs: [at(1, 'passed', retried(0, 5))] }).state).toBe('passed');
    expect(only({ levels: [tenPercent], runs: [at(1, 'failed', cases(4, 1))] }).state).toBe('failed');
  });
});
