import type { Run } from '../schemas/results.ts';
import { parseInstant } from './time.ts';
import type { IndexedRun } from './types.ts';

/** A result file as the engine reads it: loaded content entries and test fixtures both fit. */
export interface ResultSource {
  file: string;
  data: { runs: readonly Run[] };
}

/** Runs `from` up to `to` of one result file, all of one candidate: most files are one such segment. */
interface Segment {
  file: string;
  runs: readonly Run[];
  from: number;
  to: number;
}

/** One candidate's runs as found in the result files. */
export interface CandidateGroup {
  id: string;
  segments: Segment[];
}

/** Every run of one candidate that had started by the decision time, by job, whatever environment each ran in. */
export interface CandidateRuns {
  id: string;
  stream?: string;
  version?: string;
  commit?: string;
  /** Start of its first run (ms): the candidate's age. */
  firstStart: number;
  jobs: Map<string, IndexedRun[]>;
}

/**
 * Groups every run by candidate, reading nothing but the candidate ids: a
 * group lists where its runs are, and a candidate's runs are read once, when
 * it is decided (`indexCandidate`), so that each candidate's index is
 * short-lived garbage rather than 200,000 objects kept through all decisions.
 */
export function groupRuns(sources: Iterable<ResultSource>): Map<string, CandidateGroup> {
  const groups = new Map<string, CandidateGroup>();
  for (const { file, data } of sources) {
    const { runs } = data;
    for (let from = 0; from < runs.length;) {
      const id = runs[from]!.candidate;
      let to = from + 1;
      while (to < runs.length && runs[to]!.candidate === id) to++;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { id, segments: [] }));
      group.segments.push({ file, runs, from, to });
      from = to;
    }
  }
  return groups;
}

/**
 * Indexes one candidate's runs by job, so that a decision is a map lookup;
 * undefined when none had started by `asOf` (the candidate did not exist
 * yet). Runs that had not finished by `asOf` count as running. Each list is
 * kept in start order, oldest first: "the latest" is its last. Environments
 * are told apart only where a requirement asks (`inEnvironment`,
 * `byEnvironment`): most jobs run in one, and a map per job would cost more
 * than it saves. The first runs that name them give the candidate's stream,
 * version and commit.
 */
export function indexCandidate(group: CandidateGroup, asOf: number): CandidateRuns | undefined {
  const candidate: CandidateRuns = { id: group.id, stream: undefined, version: undefined, commit: undefined, firstStart: Infinity, jobs: new Map() };
  for (const { file, runs, from, to } of group.segments) {
    for (let i = from; i < to; i++) {
      const run = runs[i]!;
      const start = parseInstant(run.startedAt);
      if (!(start <= asOf)) continue;
      if (start < candidate.firstStart) candidate.firstStart = start;
      candidate.stream ??= run.stream;
      candidate.version ??= run.version;
      candidate.commit ??= run.commit;
      const end = run.finishedAt === undefined ? start : parseInstant(run.finishedAt);
      const finished = run.outcome !== 'running' && end <= asOf;
      const result = finished && (run.outcome === 'passed' || run.outcome === 'failed' || run.outcome === 'errored');
      const indexed: IndexedRun = { run, file, start, end, finished, result, evidence: undefined };
      const list = candidate.jobs.get(run.job);
      if (!list) candidate.jobs.set(run.job, [indexed]);
      else insertInOrder(list, indexed);
    }
  }
  return candidate.jobs.size ? candidate : undefined;
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
    const environment = environmentOf(r);
    const list = split.get(environment);
    if (list) list.push(r);
    else split.set(environment, [r]);
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
