import type { Content } from '../../load/load.ts';
import { orderLevels, type ChainProblem } from '../../promotion/levels.ts';
import { utcDay } from '../../promotion/time.ts';
import { isExpired } from '../../promotion/waivers.ts';
import { createClock } from '../../schedule/clock.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { at } from './helpers.ts';
import { checkResultNames } from './result-names.ts';

/**
 * The promotion policy's own rules: one chain of levels (one first level, no
 * cycles, no forks), names that results use (result-names.ts), result files
 * that hold runs, waivers still
 * in force, and releases whose qualifying level can ship their type. Unknown
 * level ids in `after` and waivers are reported by the cross-reference check.
 */
export function checkPromotion(content: Content, now: number = createClock({ timezone: 'UTC' }).now): Diagnostic[] {
  return [...checkChain(content), ...checkResultNames(content), ...checkEmptyResults(content), ...checkWaiverExpiry(content, utcDay(now)), ...checkQualifyingLevels(content)];
}

/**
 * A result file with no runs decides nothing: CI that wrote it before any
 * job ran, or a file emptied by hand. A warning, not an error, so that such
 * a file does not stop the portal being published.
 */
function checkEmptyResults(content: Content): Diagnostic[] {
  return content.results
    .filter((file) => file.data.runs.length === 0)
    .map((file) => at(file, ['runs'], 'results-empty', 'this result file lists no runs, so no decision reads it', 'add the runs, one object per CI run of a job, or remove the file', 'warning'));
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
