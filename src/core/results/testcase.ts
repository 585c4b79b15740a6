import type { TestCase } from '../schemas/results.ts';
import { attributeOf, childrenOf, textOf, type XmlNode } from './node.ts';
import { parseSeconds } from './values.ts';

/** One `<testcase>` element read on its own, before repeated elements are merged. */
export interface Attempt extends TestCase {
  retries: number;
  /** Set when the element is only pytest's report of a setup or teardown error. */
  phase?: 'setup' | 'teardown';
}

/** Messages are evidence on a page, not logs: long stack traces are cut here. */
export const maxMessageLength = 2_000;

/** `status` values meaning the runner did not run the test (CTest, Catch2, Boost.Test). */
const notRun = new Set(['disabled', 'skipped', 'skip', 'notrun', 'not_run', 'ignored', 'pending']);
const failedStatus = new Set(['fail', 'failed', 'failure']);
const erroredStatus = new Set(['error', 'errored']);

/** pytest's wording for an error outside the test body: "failed on teardown with ..." (older: "test teardown failure"). */
const phaseError = /^(?:failed on (setup|teardown) with|test (setup|teardown) failure)/i;

/**
 * Reads one `<testcase>`: its outcome from the result elements it holds,
 * its retries from Surefire's rerun elements, and a message for evidence.
 * `suiteName` stands in for a missing classname, so cases of sibling suites
 * with the same name stay apart.
 */
export function readTestcase(node: XmlNode, suiteName: string | undefined, warn: (message: string) => void): Attempt {
  const name = attributeOf(node, 'name') ?? attributeOf(node, 'classname');
  if (!name) warn('a <testcase> has no name; it is listed as "(unnamed)"');
  const classname = attributeOf(node, 'classname') ?? suiteName;
  const timeText = attributeOf(node, 'time');
  const time = parseSeconds(timeText);
  if (timeText !== undefined && time === undefined) warn(`unreadable time "${timeText}" ignored`);
  return {
    name: name ?? '(unnamed)',
    // jest-junit repeats the name as the classname by default: it tells nothing more.
    ...(classname && classname !== name ? { classname } : {}),
    ...(time === undefined ? {} : { time }),
    ...judge(node),
  };
}

type Verdict = Pick<Attempt, 'outcome' | 'message' | 'retries' | 'phase'>;

function judge(node: XmlNode): Verdict {
  const failures = childrenOf(node, 'failure');
  const errors = childrenOf(node, 'error');
  const skipped = childrenOf(node, 'skipped');
  const flaky = [...childrenOf(node, 'flakyFailure'), ...childrenOf(node, 'flakyError')];
  const rerunFailures = childrenOf(node, 'rerunFailure');
  const rerunErrors = childrenOf(node, 'rerunError');
  const reruns = rerunFailures.length + rerunErrors.length;
  const status = attributeOf(node, 'status')?.toLowerCase();

  // A disabled test may still carry the failure it had when it was last run; it did not run now.
  if (status && notRun.has(status)) return verdict('skipped', [...skipped, ...failures, ...errors], 0);
  if (errors.length) {
    const phase = failures.length ? undefined : phaseOf(errors);
    return { ...verdict('errored', [...errors, ...failures], reruns), ...(phase ? { phase } : {}) };
  }
  if (failures.length) return verdict('failed', failures, reruns);
  // Surefire writes <failure> before its reruns; reruns alone still mean every attempt failed.
  if (rerunErrors.length) return verdict('errored', rerunErrors, reruns - 1);
  if (rerunFailures.length) return verdict('failed', rerunFailures, reruns - 1);
  if (skipped.length) return verdict('skipped', skipped, 0);
  if (status && failedStatus.has(status)) return verdict('failed', [], 0);
  if (status && erroredStatus.has(status)) return verdict('errored', [], 0);
  // flakyFailure/flakyError: failed attempts before the pass that counts.
  return verdict('passed', flaky, flaky.length);
}

/** The phase when every error is pytest's setup or teardown report, else undefined. */
function phaseOf(errors: XmlNode[]): Attempt['phase'] {
  const phases = errors.map((error) => phaseError.exec(messageOf(error) ?? '')?.slice(1).find(Boolean)?.toLowerCase());
  return phases.every(Boolean) ? (phases[0] as Attempt['phase']) : undefined;
}

function verdict(outcome: Attempt['outcome'], elements: XmlNode[], retries: number): Verdict {
  const message = joinMessages(elements.map(messageOf));
  return { outcome, retries, ...(message ? { message } : {}) };
}

/** The message attribute, else the element's text (CDATA), else a nested stack trace, else the type. */
function messageOf(element: XmlNode): string | undefined {
  const stackTrace = childrenOf(element, 'stackTrace')[0];
  return (
    attributeOf(element, 'message') ??
    textOf(element) ??
    (stackTrace && textOf(stackTrace)) ??
    attributeOf(element, 'type')
  );
}

/** Distinct messages, one per line, cut to `maxMessageLength`. */
export function joinMessages(messages: readonly (string | undefined)[]): string | undefined {
  const distinct = [...new Set(messages.filter((message): message is string => Boolean(message)))];
  if (!distinct.length) return undefined;
  const joined = distinct.join('\n');
  return joined.length > maxMessageLength ? `${joined.slice(0, maxMessageLength - 1)}…` : joined;
}
