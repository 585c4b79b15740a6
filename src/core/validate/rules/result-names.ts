import type { Content, Entry } from '../../load/load.ts';
import { patternMatcher } from '../../promotion/waivers.ts';
import type { Level } from '../../schemas/promotion.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { andThen, at, didYouMean } from './helpers.ts';

/** The names results use, gathered in one pass: a busy community has 200,000 runs. */
interface ResultNames {
  jobs: Set<string>;
  /** The environments each job ran in. */
  environments: Map<string, Set<string>>;
  candidates: Set<string>;
  streams: Set<string>;
}

function resultNames(content: Content): ResultNames | undefined {
  const names: ResultNames = { jobs: new Set(), environments: new Map(), candidates: new Set(), streams: new Set() };
  const add = (run: { job?: unknown; candidate?: unknown; stream?: unknown; environment?: unknown }) => {
    if (typeof run.job === 'string') names.jobs.add(run.job);
    if (typeof run.candidate === 'string') names.candidates.add(run.candidate);
    if (typeof run.stream === 'string') names.streams.add(run.stream);
    if (typeof run.job !== 'string' || typeof run.environment !== 'string') return;
    let ran = names.environments.get(run.job);
    if (!ran) names.environments.set(run.job, (ran = new Set()));
    ran.add(run.environment);
  };
  for (const file of content.results) {
    for (const run of file.data.runs) add(run);
  }
  // A result file with schema errors still names its jobs: a level requiring
  // one is not wrong, and that file's own errors say what to fix. A file that
  // could not be parsed (or a folder that could not be read) may name any job.
  for (const failed of content.failed) {
    if (failed.kind !== 'results') continue;
    if (!failed.source) return undefined;
    const runs = (failed.source.data as { runs?: unknown } | null)?.runs;
    if (!Array.isArray(runs)) continue;
    for (const run of runs) if (typeof run === 'object' && run !== null) add(run);
  }
  return names;
}

/**
 * What policies and releases name, against what results name: jobs that
 * exist, environments jobs ran in, release `candidates` patterns that match.
 *
 * A job exists when some result names it. A level may list jobs that have not
 * run yet under `declares`; a waiver may also name any job a level requires.
 * With no results at all (a new portal) nothing is checked: there is nothing
 * yet to check against; nor while a result file cannot be parsed, since it
 * may name anything.
 */
export function checkResultNames(content: Content): Diagnostic[] {
  const names = resultNames(content);
  if (!names) return [];
  return [...checkJobs(content, names.jobs), ...checkEnvironments(content, names.environments), ...checkReleaseCandidates(content, names)];
}

function checkJobs(content: Content, seen: Set<string>): Diagnostic[] {
  const declared = new Set(content.levels.flatMap((level) => level.data.declares));
  const known = new Set([...seen, ...declared]);
  const diagnostics: Diagnostic[] = [];
  const hint = (job: string, pool: Set<string>) =>
    andThen(didYouMean(job, pool), 'a job that has not run yet can be listed under `declares` in its level');
  if (seen.size > 0) {
    for (const level of content.levels) {
      level.data.requirements.forEach((req, i) => {
        const check = (job: string, path: PropertyKey[]) => {
          if (!known.has(job)) diagnostics.push(at(level, path, 'unknown-job', `unknown job "${job}": no result names it`, hint(job, known)));
        };
        check(req.job, ['requirements', i, 'job']);
        req.alternatives.forEach((job, j) => check(job, ['requirements', i, 'alternatives', j]));
      });
    }
  }
  const required = new Set([...known, ...content.levels.flatMap(requiredJobs)]);
  for (const file of content.waivers) {
    file.data.waivers.forEach((waiver, i) => {
      if (waiver.job !== undefined && !required.has(waiver.job)) {
        diagnostics.push(at(file, ['waivers', i, 'job'], 'unknown-job', `unknown job "${waiver.job}": no level requires it and no result names it`, hint(waiver.job, required)));
      }
    });
  }
  return diagnostics;
}

const requiredJobs = (level: Entry<Level>): string[] => level.data.requirements.flatMap((r) => [r.job, ...r.alternatives]);

/**
 * A requirement's environment in which its job has never run is most likely
 * misspelt ("lab-pari"): the requirement would stay missing there. A job with
 * no results yet is left to the job check; a new lab is only warned about.
 */
function checkEnvironments(content: Content, environments: Map<string, Set<string>>): Diagnostic[] {
  return content.levels.flatMap((level) =>
    level.data.requirements.flatMap((req, i) => {
      const jobs = [req.job, ...req.alternatives];
      const ran = new Set(jobs.flatMap((job) => [...(environments.get(job) ?? [])]));
      if (ran.size === 0) return [];
      return req.environments.flatMap((environment, j) =>
        ran.has(environment)
          ? []
          : [at(level, ['requirements', i, 'environments', j], 'unknown-environment', `no result of "${req.job}" ran in environment "${environment}"`,
            andThen(didYouMean(environment, [...ran].sort()), 'until one does, this requirement is missing there'), 'warning')]);
    }));
}

/**
 * A release's `candidates` pattern that names no candidate nor stream of any
 * result is most likely misspelt: the release would never find one to ship.
 */
function checkReleaseCandidates(content: Content, { candidates, streams }: ResultNames): Diagnostic[] {
  if (candidates.size === 0) return [];
  return content.releases.flatMap((release) => {
    const pattern = release.data.candidates;
    if (pattern === undefined) return [];
    const matches = patternMatcher(pattern);
    if ([...candidates, ...streams].some(matches)) return [];
    return [at(release, ['candidates'], 'unknown-candidates', `no result names a candidate or stream matching "${pattern}"`, andThen(didYouMean(pattern, streams), 'the release can only be shipped by a candidate it matches'), 'warning')];
  });
}
