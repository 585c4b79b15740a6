import type { Run, TestCase } from '../schemas/results.ts';
import { runOutcomeOf } from './counts.ts';
import { attributeOf, childrenOf, type XmlNode } from './node.ts';
import { mergeRepeats } from './repeats.ts';
import { readTestcase } from './testcase.ts';
import { isoInstant, parseSeconds, parseTimestamp } from './values.ts';
import { parseXml, ReportError } from './xml.ts';

/** What one JUnit XML report says about a run, before it is tied to a candidate and a job. */
export interface JunitReport {
  cases: TestCase[];
  outcome: Run['outcome'];
  startedAt: string;
  finishedAt?: string;
  /** Things the report got wrong that the import worked around, for the user to see. */
  warnings: string[];
}

/** Where the run's start comes from when the report does not say. */
export interface ReportClock {
  /** An explicit start (e.g. `--started`): wins over the report's timestamps. */
  startedAt?: Date;
  /** When the report file was written (its mtime): the end of the run, used when nothing else says. */
  writtenAt: Date;
}

const roots = new Set(['testsuites', 'testsuite']);
const week = 7 * 24 * 3600;

/**
 * Reads a JUnit XML report: `<testsuites>` or a bare `<testsuite>` root,
 * suites nested to any depth, counts recomputed from the test cases, retries
 * folded into one case each. The start is the earliest suite timestamp
 * (timestamps without a zone are UTC), the end the start plus the total time.
 * Throws `ReportError` for malformed XML and for anything that is not a report.
 */
export function readJunit(text: string, clock: ReportClock): JunitReport {
  const document = parseXml(text);
  const names = Object.keys(document).filter((key) => !key.startsWith('#'));
  const rootName = names[0];
  if (rootName === undefined) throw new ReportError('malformed XML: no root element');
  if (!roots.has(rootName)) {
    throw new ReportError(`not a JUnit report: the root element is <${rootName}>, expected <testsuites> or <testsuite>`);
  }
  const rootNodes = childrenOf(document, rootName);
  if (names.length > 1 || rootNodes.length > 1) throw new ReportError('malformed XML: more than one root element');
  const root = rootNodes[0]!;

  const warnings = new Set<string>();
  const walk: Walk = { cases: [], starts: [], miscounts: [], declared: 0, warn: (message) => warnings.add(message) };
  collect(root, attributeOf(root, 'name'), walk);

  if (!walk.cases.length && walk.declared > 0) {
    throw new ReportError(`the report declares ${walk.declared} tests but holds no <testcase>: is it truncated?`);
  }
  // Valid JUnit, and imported, but a requirement it satisfies has tested nothing: say so.
  if (!walk.cases.length) walk.warn('the report has no test cases, so the run counts as passed with nothing tested');
  if (walk.miscounts.length) {
    const shown = walk.miscounts.slice(0, 3).join('; ') + (walk.miscounts.length > 3 ? '; …' : '');
    walk.warn(`declared test counts disagree with the <testcase> elements (${shown}); the test cases were counted`);
  }
  const duration = durationOf(root, walk.warn);
  if (duration !== undefined && duration > week) walk.warn(`the total time, ${duration} s, is over a week: check the producer's time unit`);

  const { startedAt, finishedAt } = timesOf(walk.starts, duration, clock, walk.warn);
  return { cases: walk.cases, outcome: runOutcomeOf(walk.cases), startedAt, ...(finishedAt ? { finishedAt } : {}), warnings: [...warnings] };
}

interface Walk {
  cases: TestCase[];
  starts: Date[];
  /** Suites whose `tests` attribute disagrees with the cases found, as "name: 8 declared, 3 found". */
  miscounts: string[];
  /** The largest `tests` count any suite declares. */
  declared: number;
  warn: (message: string) => void;
}

/**
 * Collects a suite's cases and those of the suites inside it. Returns how
 * many `<testcase>` elements and how many test cases (after folding retries)
 * it holds: producers that retry count one way or the other.
 */
function collect(suite: XmlNode, suiteName: string | undefined, walk: Walk): { elements: number; cases: number } {
  const timestamp = attributeOf(suite, 'timestamp');
  const start = parseTimestamp(timestamp);
  if (start) walk.starts.push(start);
  else if (timestamp) walk.warn(`unreadable timestamp "${timestamp}" ignored`);

  const elements = childrenOf(suite, 'testcase');
  const cases = mergeRepeats(elements.map((element) => readTestcase(element, suiteName, walk.warn)));
  walk.cases.push(...cases);
  const found = { elements: elements.length, cases: cases.length };
  for (const child of [...childrenOf(suite, 'testsuite'), ...childrenOf(suite, 'testsuites')]) {
    const inner = collect(child, attributeOf(child, 'name') ?? suiteName, walk);
    found.elements += inner.elements;
    found.cases += inner.cases;
  }

  const declaredText = attributeOf(suite, 'tests');
  const declared = declaredText === undefined ? undefined : Number(declaredText);
  if (declared !== undefined && Number.isInteger(declared)) {
    walk.declared = Math.max(walk.declared, declared);
    if (declared !== found.elements && declared !== found.cases) {
      walk.miscounts.push(`${suiteName ? `"${suiteName}"` : 'unnamed suite'}: ${declared} declared, ${found.cases} found`);
    }
  }
  return found;
}

/** A suite's time attribute, else the sum of what it contains; undefined when nothing has a time. */
function durationOf(suite: XmlNode, warn: (message: string) => void): number | undefined {
  const text = attributeOf(suite, 'time');
  const own = parseSeconds(text);
  if (own !== undefined) return own;
  if (text !== undefined) warn(`unreadable time "${text}" ignored`);
  const parts = [
    ...[...childrenOf(suite, 'testsuite'), ...childrenOf(suite, 'testsuites')].map((child) => durationOf(child, warn)),
    ...childrenOf(suite, 'testcase').map((testcase) => parseSeconds(attributeOf(testcase, 'time'))),
  ].filter((part) => part !== undefined);
  return parts.length ? parts.reduce((sum, part) => sum + part, 0) : undefined;
}

/**
 * The run's start and end. An explicit start wins, then the earliest suite
 * timestamp; a report without any is dated by its file: written when the
 * run ended, so it started `duration` earlier.
 */
function timesOf(starts: Date[], duration: number | undefined, clock: ReportClock, warn: (message: string) => void) {
  const reported = starts.length ? Math.min(...starts.map((start) => start.getTime())) : undefined;
  const known = clock.startedAt?.getTime() ?? reported;
  const start = known ?? clock.writtenAt.getTime() - (duration ?? 0) * 1000;
  const startedAt = isoInstant(start) ?? clock.writtenAt.toISOString();
  const end = known === undefined ? clock.writtenAt.getTime() : duration === undefined ? undefined : start + duration * 1000;
  const finishedAt = end === undefined ? undefined : isoInstant(end);
  if (end !== undefined && finishedAt === undefined) warn('the total time is too large to give an end time; none recorded');
  return { startedAt, finishedAt };
}
