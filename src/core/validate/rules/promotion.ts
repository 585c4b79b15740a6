import type { Content, Entry } from '../../load/load.ts';
import { orderLevels, type ChainProblem } from '../../promotion/levels.ts';
import { utcDay } from '../../promotion/time.ts';
import { isExpired, patternMatcher } from '../../promotion/waivers.ts';
import type { Level } from '../../schemas/promotion.ts';
import { createClock } from '../../schedule/clock.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { andThen, at, didYouMean } from './helpers.ts';

/**
 * The promotion policy's own rules: one chain of levels (one first level, no
 * cycles, no forks), jobs that exist, waivers still in force, and releases
 * whose qualifying level can ship their type. Unknown level ids in `after` and
 * waivers are reported by the cross-reference check.
 *
 * A job exists when some result names it. A level may list jobs that have not
 * run yet under `declares`; a waiver may also name any job a level requires.
 * With no results at all (a new portal) level jobs are not checked: there is
 * nothing yet to check them against.
 */
export function checkPromotion(content: Content, now: number = createClock({ timezone: 'UTC' }).now): Diagnostic[] {
  return [
    ...checkChain(content), ...checkJobs(content), ...checkEnvironments(content), ...checkWaiverExpiry(content, utcDay(now)),
    ...checkQualifyingLevels(content), ...checkReleaseCandidates(content),
  ];
}

function checkChain(content: Content): Diagnostic[] {
  const byId = new Map(content.levels.map((level) => [level.id, level]));
  const { problems } = orderLevels(content.levels);
  return problems.flatMap((problem) => {
    const level = byId.get(problem.level)!;
    const message = chainMessage(problem);
    return message ? [at(level, problem.kind === 'second-first' ? [] : ['after'], 'promotion-chain', message.text, message.hint)] : [];
  });
}

function chainMessage({ kind, level, other }: ChainProblem): { text: string; hint: string } | undefined {
  switch (kind) {
    case 'second-first':
      return { text: `level "${level}" has no \`after\`, like "${other}": there can be only one first level`, hint: `add \`after: <level>\` to one of them so that the levels form one chain` };
    case 'cycle':
      return { text: `level "${level}" is in a cycle of \`after\` prerequisites`, hint: 'follow `after` from each level: the chain must end at the first level, which has no `after`' };
    case 'branch':
      return { text: `levels "${other}" and "${level}" both come right after the same level`, hint: 'levels form one chain: make one of them come after the other' };
    case 'unknown-after':
      return undefined;
  }
}

function checkJobs(content: Content): Diagnostic[] {
  const seen = new Set<string>();
  for (const file of content.results) for (const run of file.data.runs) seen.add(run.job);
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

/**
 * A requirement's environment in which its job has never run is most likely
 * misspelt ("lab-pari"): the requirement would stay missing there. A job with
 * no results yet is left to the job check; a new lab is only warned about.
 */
function checkEnvironments(content: Content): Diagnostic[] {
  const environments = new Map<string, Set<string>>();
  for (const file of content.results) {
    for (const run of file.data.runs) {
      if (run.environment === undefined) continue;
      if (!environments.has(run.job)) environments.set(run.job, new Set());
      environments.get(run.job)!.add(run.environment);
    }
  }
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

const requiredJobs = (level: Entry<Level>): string[] => level.data.requirements.flatMap((r) => [r.job, ...r.alternatives]);

function checkWaiverExpiry(content: Content, today: string): Diagnostic[] {
  return content.waivers.flatMap((file) =>
    file.data.waivers.flatMap((waiver, i) =>
      isExpired(waiver, today)
        ? [at(file, ['waivers', i, 'expires'], 'waiver-expired', `waiver for "${waiver.candidate}" expired on ${waiver.expires} and no longer applies`, 'remove it, or ask the approver to renew it with a later `expires`', 'warning')]
        : [],
    ),
  );
}

/** A release must be able to qualify: its level, or one below it, lists the release's type. */
function checkQualifyingLevels(content: Content): Diagnostic[] {
  const { ordered } = orderLevels(content.levels);
  return content.releases.flatMap((release) => {
    const { type, qualifyingLevel } = release.data;
    const position = ordered.findIndex((l) => l.id === qualifyingLevel);
    if (qualifyingLevel === undefined || position < 0) return [];
    const lowest = ordered.findIndex((l) => l.data.qualifies.includes(type));
    if (lowest < 0) {
      return [at(release, ['qualifyingLevel'], 'qualifying-level', `no promotion level qualifies "${type}" releases`, `add "${type}" to \`qualifies\` in promotion/${qualifyingLevel}.yaml`, 'warning')];
    }
    if (position >= lowest) return [];
    return [at(release, ['qualifyingLevel'], 'qualifying-level', `level "${qualifyingLevel}" is below "${ordered[lowest]!.id}", the first level that qualifies "${type}" releases`, `use \`qualifyingLevel: ${ordered[lowest]!.id}\` or a later level`, 'warning')];
  });
}

/**
 * A release's `candidates` pattern that names no candidate nor stream of any
 * result is most likely misspelt: the release would never find one to ship.
 * With no results at all there is nothing to check it against.
 */
function checkReleaseCandidates(content: Content): Diagnostic[] {
  const candidates = new Set<string>();
  const streams = new Set<string>();
  for (const file of content.results) {
    for (const run of file.data.runs) {
      candidates.add(run.candidate);
      if (run.stream !== undefined) streams.add(run.stream);
    }
  }
  if (candidates.size === 0) return [];
  return content.releases.flatMap((release) => {
    const pattern = release.data.candidates;
    if (pattern === undefined) return [];
    const matches = patternMatcher(pattern);
    if ([...candidates, ...streams].some(matches)) return [];
    return [at(release, ['candidates'], 'unknown-candidates', `no result names a candidate or stream matching "${pattern}"`, andThen(didYouMean(pattern, streams), 'the release can only be shipped by a candidate it matches'), 'warning')];
  });
}
