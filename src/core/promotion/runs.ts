import type { Run } from '../schemas/results.ts';
import { parseInstant } from './time.ts';
import type { IndexedRun } from './types.ts';

/** A result file as the engine reads it: loaded content entries and test fixtures both fit. */
export interface ResultSource {
  file: string;
  data: { runs: readonly Run[] };
}

/** Every run of one candidate, by job and then by environment ("" when none is named). */
export interface CandidateRuns {
  id: string;
  stream?: string;
  version?: string;
  commit?: string;
  firstStart: number;
  jobs: Map<string, Map<string, IndexedRun[]>>;
}

/**
 * Indexes every run in one pass, so that a decision is a few map lookups and
 * never a scan of all results. Runs that started after `asOf` do not exist
 * yet; runs that had not finished by then count as running. Each list is
 * sorted by start time, oldest first, so "the latest" is its last element.
 */
export function indexRuns(sources: Iterable<ResultSource>, asOf: number): Map<string, CandidateRuns> {
  const candidates = new Map<string, CandidateRuns>();
  const unsorted: IndexedRun[][] = [];
  let candidate: CandidateRuns | undefined;
  for (const source of sources) {
    for (const run of source.data.runs) {
      const start = parseInstant(run.startedAt);
      if (!(start <= asOf)) continue;
      const end = run.finishedAt === undefined ? start : parseInstant(run.finishedAt);
      const finished = run.outcome !== 'running' && end <= asOf;
      // A result file usually holds one candidate's runs: no lookup while it stays the same.
      if (candidate?.id !== run.candidate) candidate = candidates.get(run.candidate);
      if (!candidate) {
        candidate = { id: run.candidate, firstStart: start, jobs: new Map() };
        candidates.set(run.candidate, candidate);
      }
      if (start < candidate.firstStart) candidate.firstStart = start;
      candidate.stream ??= run.stream;
      candidate.version ??= run.version;
      candidate.commit ??= run.commit;
      let environments = candidate.jobs.get(run.job);
      if (!environments) candidate.jobs.set(run.job, (environments = new Map()));
      const key = run.environment ?? '';
      const list = environments.get(key);
      const result = finished && (run.outcome === 'passed' || run.outcome === 'failed' || run.outcome === 'errored');
      const indexed: IndexedRun = { run, file: source.file, start, end, finished, result };
      if (!list) environments.set(key, [indexed]);
      else {
        if (list.length === 1) unsorted.push(list);
        list.push(indexed);
      }
    }
  }
  for (const list of unsorted) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return candidates;
}
