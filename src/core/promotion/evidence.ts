import { withZone } from './time.ts';
import type { Evidence, FailingCase, IndexedRun } from './types.ts';

/** Most runs have no failing or retried case: they share one empty list. */
const none: readonly never[] = Object.freeze([]);

/**
 * A run as evidence. The same run backs several requirements and levels, so
 * it is made once and shared, except where test waivers mark its cases.
 */
export function evidence(indexed: IndexedRun, waived?: ReadonlySet<string>): Evidence {
  if (waived && !marksAny(indexed, waived)) waived = undefined;
  if (!waived && indexed.evidence) return indexed.evidence;
  const { run } = indexed;
  let failingCases: FailingCase[] | undefined;
  let flakyCases: string[] | undefined;
  for (const c of run.cases) {
    if (c.outcome === 'failed' || c.outcome === 'errored') {
      (failingCases ??= []).push({ name: c.name, classname: c.classname, outcome: c.outcome, message: c.message, waived: waived?.has(c.name) ?? false });
    } else if (c.outcome === 'passed' && c.retries > 0) (flakyCases ??= []).push(c.name);
  }
  // One object shape for every run (absent fields are undefined, which JSON leaves out).
  const made: Evidence = {
    job: run.job,
    environment: run.environment,
    outcome: indexed.finished ? run.outcome : 'running',
    startedAt: withZone(run.startedAt),
    finishedAt: indexed.finished && run.finishedAt !== undefined ? withZone(run.finishedAt) : undefined,
    url: run.url,
    file: indexed.file,
    failingCases: failingCases ?? none,
    flakyCases: flakyCases ?? none,
  };
  if (!waived) indexed.evidence = made;
  return made;
}

/** True when a waiver names one of the run's failing cases: only then does its evidence differ. */
function marksAny({ run }: IndexedRun, waived: ReadonlySet<string>): boolean {
  for (const c of run.cases) if ((c.outcome === 'failed' || c.outcome === 'errored') && waived.has(c.name)) return true;
  return false;
}
