import type { Run, TestCase } from '../schemas/results.ts';

/** How many test cases ended each way; `flaky` counts passes that needed retries. */
export interface OutcomeCounts {
  tests: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
}

/** Counts recomputed from the cases themselves: the counts a report declares are often wrong. */
export function countOutcomes(cases: readonly TestCase[]): OutcomeCounts {
  const counts: OutcomeCounts = { tests: cases.length, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
  for (const testCase of cases) {
    counts[testCase.outcome] += 1;
    if (testCase.outcome === 'passed' && (testCase.retries ?? 0) > 0) counts.flaky += 1;
  }
  return counts;
}

/**
 * A run's outcome from its cases: errored if any case errored (the run could
 * not say whether the candidate is good), else failed if any failed, else
 * skipped if nothing ran, else passed. A run without cases passed: callers
 * decide first whether an empty report is believable.
 */
export function runOutcomeOf(cases: readonly TestCase[]): Run['outcome'] {
  const counts = countOutcomes(cases);
  if (counts.errored) return 'errored';
  if (counts.failed) return 'failed';
  if (counts.tests > 0 && counts.skipped === counts.tests) return 'skipped';
  return 'passed';
}

/** "12 tests: 9 passed (1 flaky), 1 failed, 0 errored, 2 skipped" ("1 test: …"), for terminals and logs. */
export function describeCounts(counts: OutcomeCounts): string {
  const flaky = counts.flaky ? ` (${counts.flaky} flaky)` : '';
  return `${counts.tests} ${counts.tests === 1 ? 'test' : 'tests'}: ${counts.passed} passed${flaky}, ${counts.failed} failed, ${counts.errored} errored, ${counts.skipped} skipped`;
}
