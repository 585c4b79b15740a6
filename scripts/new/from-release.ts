import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loaded } from '../../src/core/load/load.ts';
import { parseSource, type ParsedSource } from '../../src/core/load/source.ts';
import { resolveSchedule } from '../../src/core/schedule/milestone-dates.ts';
import { nextReleaseFrom, parseShift, shiftInDays, type ReleaseInput } from '../../src/core/schedule/scaffold.ts';
import { fail, shownPath } from '../cli.ts';
import { knownRelease } from './files.ts';
import type { Options, Origin } from './origin.ts';

/**
 * `--from`: the schedule of an existing release, moved by its cadence (or
 * `--shift`), with the texts naming the old release renamed.
 */
export async function fromRelease(loaded: Loaded, root: string, sourceId: string, options: Options & { shift?: string; id: string }) {
  const entry = knownRelease(loaded, root, sourceId);
  const cadence = options.shift ?? entry.data.cadence;
  if (cadence === undefined) fail(`release "${sourceId}" has no cadence: pass --shift (e.g. --shift 26w) or add \`cadence: 6 months\` to ${entry.file}`, 2);
  const shift = parseShift(cadence);
  if (!shift) fail(`${options.shift !== undefined ? '--shift' : `the cadence of ${entry.file}`} "${cadence}" is not a shift: write it like "26w", "182d" or "6 months"`, 2);
  // The raw front matter, so that the new file says no more than the old one (no filled-in defaults).
  const parsed = parseSource(await readFile(join(root, entry.file), 'utf8'), 'markdown') as ParsedSource;
  const source = parsed.data as ReleaseInput;
  const { releaseDate, dates } = resolveSchedule(entry.data);
  const anchor = releaseDate ?? dates.map((d) => d?.date).filter((d) => d !== undefined).sort().at(-1)!;
  const days = shiftInDays(shift, anchor);
  const release = nextReleaseFrom(source, { name: options.name, version: options.version, days, ids: { from: sourceId, to: options.id } });
  const moved = Math.abs(days) % 7 === 0 ? `${Math.abs(days) / 7} weeks` : `${Math.abs(days)} days`;
  const body = `Notes for ${options.name}.\n\nThe schedule was copied from ${entry.data.name} and moved ${moved} ${days < 0 ? 'earlier' : 'later'}; every date is an estimate until the community confirms it.`;
  const origin: Origin = { file: entry.file, described: `${shownPath(join(root, entry.file))}, the release copied from`, locate: parsed.locate };
  const renamed = renamedTexts(source, release);
  const textsNote = renamed === 0
    ? ''
    : `; ${renamed} milestone text${renamed === 1 ? '' : 's'} naming ${either(entry.data.name, sourceId)} now name${renamed === 1 ? 's' : ''} ${either(options.name, options.id)}: check ${renamed === 1 ? 'it reads' : 'they read'} right`;
  const note = textsNote + stillOldCandidates(source, release, sourceId);
  return { release, body, origin, note };
}

/**
 * A `candidates` pattern copied as it was, though it names the old release
 * by its id or version ("stable-iris", "iris-2026.1.1-*"): the new release
 * would be shipped by the old one's builds, and nothing else would say so.
 */
function stillOldCandidates(source: ReleaseInput, copy: ReleaseInput, sourceId: string): string {
  const pattern = copy.candidates;
  if (pattern === undefined || pattern !== source.candidates) return '';
  // As a word of its own: "h" is not named by "hyacinth-*", nor "2026.1.1" by "2026.1.10".
  const names = (word: string) => new RegExp(`(?<![A-Za-z0-9])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`).test(pattern);
  const named = [sourceId, source.version].filter((word): word is string => word !== undefined && names(word));
  if (named.length === 0) return '';
  const how = source.version !== undefined && named.includes(source.version) ? ' (--version renames a version in it)' : '';
  return `; \`candidates: ${pattern}\` is copied as it was and names ${named.map((word) => `"${word}"`).join(' and ')}: change it if the new release ships from other candidates${how}`;
}

/** "Iris (or iris)": a release by its name and id, or once when they are the same. */
const either = (name: string, id: string) => (name === id ? name : `${name} (or ${id})`);

/** How many milestone names, descriptions and checklist items the copy renamed, for the closing line. */
function renamedTexts(source: ReleaseInput, copy: ReleaseInput): number {
  const texts = (m: ReleaseInput['milestones'][number]) => [m.name, m.description, ...(m.checklist ?? [])];
  return source.milestones.reduce((count, m, i) => {
    const after = texts(copy.milestones[i]!);
    return count + texts(m).filter((text, j) => text !== after[j]).length;
  }, 0);
}
