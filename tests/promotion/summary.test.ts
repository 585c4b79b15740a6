import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { requirementSchema } from '../../src/core/schemas/promotion.ts';
import { ago, decide, level, levelOf, run, waiver } from './fixtures.ts';

const jobs = (n: number) => Array.from({ length: n }, (_, i) => ({ job: `job-${i}` }));
const summaryOf = (runs: ReturnType<typeof run>[], extra: { waivers?: ReturnType<typeof waiver>[]; requirements?: z.input<typeof requirementSchema>[]; flaky?: 'allow' | 'block' } = {}) => {
  const levels = [level('daily', { name: 'Daily', maxAge: '2d', flaky: extra.flaky, requirements: extra.requirements ?? jobs(14) })];
  return levelOf(decide({ levels, runs, waivers: extra.waivers }), 'daily');
};
const passing = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => run({ job: `job-${from + i}` }));

describe('one-line summaries', () => {
  it('counts failures and missing jobs against the required total', () => {
    const decision = summaryOf([...passing(0, 11), run({ job: 'job-11', outcome: 'failed' }), run({ job: 'job-12', outcome: 'failed' })]);
    expect(decision.summary).toBe('2 of 14 required jobs failed, 1 missing');
    expect(decision.counts).toMatchObject({ passed: 11, failed: 2, missing: 1 });
  });

  it('names every blocking state in a fixed order', () => {
    const decision = summaryOf([
      ...passing(0, 10),
      run({ job: 'job-10', outcome: 'errored' }),
      run({ job: 'job-11', startedAt: ago(100), finishedAt: ago(99) }),
      run({ job: 'job-12', cases: [{ name: 'a', outcome: 'passed', retries: 1 }] }),
    ], { flaky: 'block' });
    expect(decision.summary).toBe('1 of 14 required jobs errored, 1 flaky, 1 stale, 1 missing');
  });

  it('notes waived, accepted flaky and excluded requirements', () => {
    const decision = summaryOf(
      [...passing(0, 2), run({ job: 'job-2', cases: [{ name: 'a', outcome: 'passed', retries: 1 }] })],
      { requirements: [...jobs(4), { job: 'job-9', appliesTo: ['stable-*'] }], waivers: [waiver({ job: 'job-3' })] },
    );
    expect(decision.summary).toBe('All 4 required jobs passed (1 waived, 1 flaky, 1 excluded)');
    expect(decision.reached).toBe(true);
  });

  it('keeps the notes after the blocking part', () => {
    const decision = summaryOf([run({ job: 'job-0', outcome: 'failed' })], { requirements: jobs(2), waivers: [waiver({ job: 'job-1' })] });
    expect(decision.summary).toBe('1 of 2 required jobs failed; 1 waived');
  });

  it('reads naturally for one job and for none', () => {
    expect(summaryOf(passing(0, 1), { requirements: jobs(1) }).summary).toBe('The required job passed');
    expect(summaryOf(passing(0, 1), { requirements: [] }).summary).toBe('No required job applies');
    expect(summaryOf([run({ job: 'x' })], { requirements: jobs(1) }).summary).toBe('1 of 1 required job missing');
  });
});
