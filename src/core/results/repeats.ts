import type { TestCase } from '../schemas/results.ts';
import { joinMessages, type Attempt } from './testcase.ts';

/**
 * Folds `<testcase>` elements that repeat within one suite (same classname
 * and name) into one test case. Producers repeat a test for two reasons:
 *
 * - retries (pytest-rerunfailures, gotestsum --rerun-fails, web-test-runner):
 *   one element per attempt. A test that passed once passed, flakily, with
 *   `retries` = attempts - 1; one that never passed keeps its last outcome.
 * - older pytest reported a setup or teardown error as a second element next
 *   to the test's own result. That is not an attempt: the test is errored.
 *
 * Elements that all passed (or were skipped) are different tests that share
 * a name, since no runner retries a pass; they stay separate.
 */
export function mergeRepeats(attempts: readonly Attempt[]): TestCase[] {
  const groups = new Map<string, Attempt[]>();
  for (const attempt of attempts) {
    const key = `${attempt.classname ?? ''}\u0000${attempt.name}`;
    const group = groups.get(key);
    if (group) group.push(attempt);
    else groups.set(key, [attempt]);
  }
  return [...groups.values()].flatMap((group) => {
    const retried = group.some((attempt) => attempt.phase || attempt.outcome === 'failed' || attempt.outcome === 'errored');
    return group.length > 1 && retried ? [merge(group)] : group.map(toCase);
  });
}

function merge(group: readonly Attempt[]): TestCase {
  const phases = group.filter((attempt) => attempt.phase);
  const ran = group.filter((attempt) => !attempt.phase && attempt.outcome !== 'skipped');
  const last = ran.at(-1);
  const passed = ran.some((attempt) => attempt.outcome === 'passed');
  const unsuccessful = ran.filter((attempt) => attempt.outcome !== 'passed');

  let outcome: TestCase['outcome'] = passed ? 'passed' : (last?.outcome ?? 'skipped');
  let message = passed ? unsuccessful.at(-1)?.message : (last?.message ?? group[0]!.message);
  if (phases.length) {
    outcome = 'errored';
    message = joinMessages([...phases.map((phase) => phase.message), ...(passed ? [] : [message])]);
  }
  const times = group.map((attempt) => attempt.time).filter((time) => time !== undefined);
  const retries = Math.max(0, ran.length - 1) + ran.reduce((sum, attempt) => sum + attempt.retries, 0);
  return toCase({
    name: group[0]!.name,
    classname: group[0]!.classname,
    outcome,
    // Rounded to microseconds so that 1.842 × 3 reads 5.526, not 5.526000000000001.
    time: times.length ? Math.round(times.reduce((sum, time) => sum + time, 0) * 1e6) / 1e6 : undefined,
    message,
    retries,
  });
}

/** A case with only the fields that have a value, in the schema's order. */
function toCase({ name, classname, outcome, time, message, retries }: Attempt): TestCase {
  return {
    name,
    ...(classname === undefined ? {} : { classname }),
    outcome,
    ...(time === undefined ? {} : { time }),
    ...(message === undefined ? {} : { message }),
    retries,
  };
}
