import type { Run } from '../schemas/results.ts';
import { parseInstant } from './time.ts';
import type { IndexedRun } from './types.ts';

/** A result file as the engine reads it: loaded content entries and test fixtures both fit. */
export interface ResultSource {
  file: string;
  data: { runs: readonly Run[] };
}

/** One candidate's runs as found in the result files, with each run's file and start time. */
export interface CandidateGroup {
  id: string;
  stream?: string;
  version?: string;
  commit?: string;
  firstStart: number;
  runs: Run[];
  files: string[];
  starts: number[];
}

/** Every run of one candidate, by job, whatever environment each ran in. */
export interface CandidateRuns {
  id: string;
  stream?: string;
  jobs: Map<string, IndexedRun[]>;
}

/**
 * Groups every run by candidate in one pass. Runs that started after `asOf`
 * do not exist yet and are left out. The group keeps plain lists, not an
 * object per run: the detailed index of a candidate is built only while that
 * candidate is decided (`indexCandidate`), so that it is short-lived garbage
 * rather than 200,000 objects kept through all decisions.
 */
export function groupRuns(sources: Iterable<ResultSource>, asOf: number): Map<string, CandidateGroup> {
  const groups = new Map<string, CandidateGroup>();
  let group: CandidateGroup | undefined;
  for (const source of sources) {
    for (const run of source.data.runs) {
      const start = parseInstant(run.startedAt);
      if (!(start <= asOf)) continue;
      // A result file usually holds one candidate's runs: no lookup while it stays the same.
      if (group?.id !== run.candidate) group = groups.get(run.candidate);
      if (!group) {
        group = { id: run.candidate, firstStart: start, runs: [], files: [], starts: [] };
        groups.set(run.candidate, group);
      }
      if (start < group.firstStart) group.firstStart = start;
      group.stream ??= run.stream;
      group.version ??= run.version;
      group.commit ??= run.commit;
      group.runs.push(run);
      group.files.push(source.file);
      group.starts.push(start);
    }
  }
  return groups;
}

/**
 * Indexes one candidate's runs by job, so that a decision is a map lookup.
 * Runs that had not finished by `asOf` count as running. Each list is kept
 * in start order, oldest first: "the latest" is its last. Environments are
 * told apart only where a requirement asks (`inEnvironment`, `byEnvironment`):
 * most jobs run in one, and a map per job would cost more than it saves.
 */
export function indexCandidate(group: CandidateGroup, asOf: number): CandidateRuns {
  const jobs = new Map<string, IndexedRun[]>();
  for (let i = 0; i < group.runs.length; i++) {
    const run = group.runs[i]!;
    const start = group.starts[i]!;
    const end = run.finishedAt === undefined ? start : parseInstant(run.finishedAt);
    const finished = run.outcome !== 'running' && end <= asOf;
    const result = finished && (run.outcome === 'passed' || run.outcome === 'failed' || run.outcome === 'errored');
    const indexed: IndexedRun = { run, file: group.files[i]!, start, end, finished, result, evidence: undefined };
    const list = jobs.get(run.job);
    if (!list) jobs.set(run.job, [indexed]);
    else insertInOrder(list, indexed);
  }
  return { id: group.id, ...(group.stream === undefined ? {} : { stream: group.stream }), jobs };
}

const environmentOf = (indexed: IndexedRun): string => indexed.run.environment ?? '';

/** The runs of a job in one environment ("" for runs that name none), in start order. */
export function inEnvironment(runs: IndexedRun[], environment: string): IndexedRun[] {
  for (const r of runs) if (environmentOf(r) !== environment) return runs.filter((other) => environmentOf(other) === environment);
  return runs;
}

/** A job's runs split by environment, in order of first run; undefined when they all ran in one. */
export function byEnvironment(runs: readonly IndexedRun[]): Map<string, IndexedRun[]> | undefined {
  const first = runs.length ? environmentOf(runs[0]!) : '';
  if (runs.every((r) => environmentOf(r) === first)) return undefined;
  const split = new Map<string, IndexedRun[]>();
  for (const r of runs) {
    const list = split.get(environmentOf(r));
    if (list) list.push(r);
    else split.set(environmentOf(r), [r]);
  }
  return split;
}

/**
 * CI writes runs in the order they ran, so a new run nearly always goes last;
 * an insertion from the end keeps the short lists in order without sorting.
 */
function insertInOrder(list: IndexedRun[], run: IndexedRun): void {
  let at = list.length;
  while (at > 0 && (list[at - 1]!.start > run.start || (list[at - 1]!.start === run.start && list[at - 1]!.end > run.end))) at--;
  if (at === list.length) list.push(run);
  else list.splice(at, 0, run);
}
