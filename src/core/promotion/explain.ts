import type { RequirementDecision, RequirementState } from './types.ts';

/** Unmet states in the order a summary names them: the most actionable first. */
const blockingOrder = ['failed', 'errored', 'flaky', 'stale', 'missing'] as const;

/** Counts requirements by state, every state present so pages can tabulate without guards. */
export function countStates(rows: readonly RequirementDecision[]): Record<RequirementState, number> {
  const counts = { passed: 0, failed: 0, errored: 0, missing: 0, stale: 0, flaky: 0, waived: 0, excluded: 0 };
  for (const row of rows) counts[row.state]++;
  return counts;
}

/**
 * One line that says where a level stands, as a release manager would say it:
 * "2 of 14 required jobs failed, 1 missing; 1 waived". A row is a required job
 * in one environment.
 */
export function summarize(rows: readonly RequirementDecision[]): string {
  // One pass: a level page shows thousands of these.
  const unmet: Record<(typeof blockingOrder)[number], number> = { failed: 0, errored: 0, flaky: 0, stale: 0, missing: 0 };
  let total = 0;
  let waived = 0;
  let acceptedFlaky = 0;
  for (const row of rows) {
    if (row.state === 'excluded') continue;
    total++;
    if (row.state === 'waived') waived++;
    if (row.satisfied) {
      if (row.state === 'flaky') acceptedFlaky++;
    } else if (row.state in unmet) unmet[row.state as keyof typeof unmet]++;
  }
  const jobs = total === 1 ? 'job' : 'jobs';
  const blocking = blockingOrder
    .filter((state) => unmet[state] > 0)
    .map((state, i) => (i === 0 ? `${unmet[state]} of ${total} required ${jobs} ${state}` : `${unmet[state]} ${state}`));
  const notes = [
    [waived, 'waived'],
    [acceptedFlaky, blocking.length ? 'flaky (accepted)' : 'flaky'],
    [rows.length - total, 'excluded'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, word]) => `${n} ${word}`);
  if (blocking.length) return [blocking.join(', '), ...(notes.length ? [notes.join(', ')] : [])].join('; ');
  const head = total === 0 ? 'No required job applies' : total === 1 ? 'The required job passed' : `All ${total} required jobs passed`;
  return notes.length ? `${head} (${notes.join(', ')})` : head;
}

/** What would satisfy one unmet requirement, naming the job, where, and the failing cases. */
export function unblockText(row: RequirementDecision): string {
  const jobs = row.alternatives.length ? `${row.job} (or ${row.alternatives.join(', ')})` : row.job;
  const where = row.environment ? ` on ${row.environment}` : '';
  switch (row.state) {
    case 'failed': {
      const cases = row.evidence.flatMap((e) => e.failingCases.filter((c) => !c.waived).map((c) => c.name));
      const unique = [...new Set(cases)];
      const named = unique.length ? `: ${unique.slice(0, 3).join(', ')}${unique.length > 3 ? ` and ${unique.length - 3} more` : ''}` : '';
      return `fix ${row.decidedBy ?? row.job}${where}${named} (${row.detail}), or waive it`;
    }
    case 'errored':
      return `rerun ${row.decidedBy ?? row.job}${where}: ${row.detail}`;
    case 'stale':
      return `rerun ${jobs}${where}: ${row.detail}`;
    case 'flaky':
      return `get a pass of ${row.decidedBy ?? row.job}${where} without retries: ${row.detail}`;
    default:
      return `run ${jobs}${where}: ${row.detail}`;
  }
}
