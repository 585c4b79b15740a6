/**
 * npm run new -- release <id> --from <release-id> [--shift 26w] [--name NAME] [--version V] [--content DIR]
 * npm run new -- release <id> --cadence <file> --release-date YYYY-MM-DD [--name NAME] [--version V] [--content DIR]
 *
 * Writes content/releases/<id>.md with a schedule copied from a previous
 * release (absolute dates shifted by its cadence) or from a cadence template.
 * The file is checked with every validator rule before it is written, and an
 * existing file is never overwritten.
 */
import { existsSync, statSync } from 'node:fs';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadContent, type Content, type Loaded } from '../src/core/load/load.ts';
import { syntaxDiagnostics } from '../src/core/load/read-problems.ts';
import { parseSource, type ParsedSource, type Position } from '../src/core/load/source.ts';
import { resolveSchedule } from '../src/core/schedule/milestone-dates.ts';
import { releaseFileText } from '../src/core/schedule/release-file.ts';
import { inDateOrder, nextReleaseFrom, parseShift, releaseFromTemplate, shiftInDays, type ReleaseInput } from '../src/core/schedule/scaffold.ts';
import { isCalendarDate, releaseSchema } from '../src/core/schemas/index.ts';
import { fieldName, type Diagnostic } from '../src/core/validate/diagnostic.ts';
import { formatReport } from '../src/core/validate/format.ts';
import { schemaDiagnostics } from '../src/core/validate/schema-issues.ts';
import { rules } from '../src/core/validate/validate.ts';
import { existingContentDir, fail, parseOptions, run, shownPath, userPath } from './cli.ts';

const usage =
  'npm run new -- release <id> (--from <release-id> [--shift 26w] | --cadence <file> --release-date YYYY-MM-DD) [--name NAME] [--version V] [--content DIR]';

run(async () => {
  const { values, positionals } = parseOptions({
    from: { type: 'string' }, cadence: { type: 'string' }, shift: { type: 'string' },
    'release-date': { type: 'string' }, name: { type: 'string' }, version: { type: 'string' }, content: { type: 'string' },
  }, usage, { positionals: true });
  const [kind, id, ...extra] = positionals;
  if (kind !== 'release') fail(`${kind === undefined ? 'say what to create' : `cannot create "${kind}"`}: only "release" is supported\nusage: ${usage}`, 2);
  if (id === undefined || extra.length > 0) fail(`give exactly one release id\nusage: ${usage}`, 2);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) fail(`"${id}" is not a valid id: use lower-case letters, digits, ".", "_" or "-" (it becomes the file name)`, 2);
  const extension = /\.(md|mdx|ya?ml|json)$/i.exec(id);
  if (extension) fail(`"${id}" ends in ${extension[0]}: give the id without the file extension: ${id.slice(0, -extension[0].length)}`, 2);
  for (const option of ['name', 'version'] as const) {
    if (values[option]?.trim() === '') fail(`--${option} must not be empty\nusage: ${usage}`, 2);
  }
  if ((values.from === undefined) === (values.cadence === undefined)) fail(`give either --from <release-id> or --cadence <file>\nusage: ${usage}`, 2);
  if (values.cadence !== undefined && values.shift !== undefined) fail('--shift applies to --from; a cadence template is placed by --release-date', 2);

  const root = existingContentDir(values.content);
  const file = `releases/${id}.md`;
  const target = join(root, file);
  if (existsSync(target)) fail(`${shownPath(target)} already exists: choose another id, or remove the file first`);

  const loaded = await loadContent(root);
  const name = values.name ?? id;
  const { release, body, origin, note } = values.from !== undefined
    ? await fromRelease(loaded, root, values.from, { name, version: values.version, shift: values.shift, id })
    : await fromTemplate(values.cadence!, values['release-date'], { name, version: values.version });

  const ordered = inDateOrder(release);
  const text = releaseFileText(ordered, body);
  const problems = checkNewRelease(loaded.content, id, file, text);
  if (problems.length) {
    const sourceIndexes = ordered.milestones.map((m) => release.milestones.indexOf(m));
    const report = formatReport(problems.map((problem) => inOrigin(problem, origin, sourceIndexes)), root, 'text', userPath('.'));
    fail(`${report}\nnothing written: the errors are in ${origin.described}; fix them there first`);
  }
  await writeNew(target, text);
  const releaseDate = resolveSchedule(releaseSchema.parse(release)).releaseDate;
  process.stdout.write(`wrote ${shownPath(target)}: ${release.milestones.length} milestones, release ${releaseDate ?? 'date not set'} (estimated)${note}\n`);
});

interface Options { name: string; version?: string }

/**
 * The file a new release is made from. Its problems are reported there,
 * where they can be fixed: the new file is never written.
 */
interface Origin {
  /** Relative to the content folder, or absolute. */
  file: string;
  /** "releases/iris.md, the release copied from", for the closing line. */
  described: string;
  /** The place of a field, given as a path in the new release (`milestones` in their source order). */
  locate: (path: readonly PropertyKey[]) => Position;
}

/** A problem of the new release, moved to the field it comes from in the origin. */
function inOrigin(problem: Diagnostic, origin: Origin, sourceIndexes: readonly number[]): Diagnostic {
  const path: PropertyKey[] = (problem.field?.split('.') ?? []).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  // Milestones were put in date order; the origin lists them as it wrote them.
  if (path[0] === 'milestones' && typeof path[1] === 'number') path[1] = sourceIndexes[path[1]] ?? path[1];
  const { line, column } = origin.locate(path);
  return { ...problem, file: origin.file, line, column, field: fieldName(path) };
}

async function fromRelease(loaded: Loaded, root: string, sourceId: string, options: Options & { shift?: string; id: string }) {
  const entry = loaded.content.releases.find((r) => r.id === sourceId);
  if (!entry) {
    const broken = loaded.diagnostics.find((d) => d.file === `releases/${sourceId}.md`);
    if (broken) fail(`${formatReport([broken], root, 'text').split('\n')[0]}\nhint: releases/${sourceId}.md has errors; fix them first (npm run validate)`);
    fail(`unknown release "${sourceId}": known releases are ${loaded.content.releases.map((r) => r.id).sort().join(', ') || 'none'} (file names in releases/)`);
  }
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

async function fromTemplate(templateFile: string, releaseDate: string | undefined, options: Options) {
  if (releaseDate === undefined) fail('--cadence needs the release date: add --release-date YYYY-MM-DD', 2);
  if (!isCalendarDate(releaseDate)) fail(`--release-date "${releaseDate}" is not a calendar date written as YYYY-MM-DD`, 2);
  const path = userPath(templateFile);
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) fail(`cadence template not found: ${templateFile}`, 2);
  if (info.isDirectory()) fail(`cadence template ${templateFile} is a folder: name the YAML file in it`, 2);
  const source = parseSource(await readFile(path, 'utf8'), 'yaml');
  if (!('data' in source)) {
    fail(`${formatReport(syntaxDiagnostics(path, source, 'yaml'), '.', 'text', userPath('.'))}\nfix the cadence template; nothing written`);
  }
  // A template is a list of milestones, or a map with `milestones` and release fields to copy.
  const listed = Array.isArray(source.data);
  const template = (listed ? { milestones: source.data } : source.data) as Parameters<typeof releaseFromTemplate>[0];
  const templatePath = (at: readonly PropertyKey[]) => (listed ? at.slice(1) : at);
  const inTemplate = (at: PropertyKey[], message: string) => {
    const { line, column } = source.locate(templatePath(at));
    return `${shownPath(path)}:${line}:${column}  error  ${message}`;
  };
  if (typeof template !== 'object' || template === null || !Array.isArray(template.milestones) ||
      !template.milestones.every((m) => typeof m === 'object' && m !== null && !Array.isArray(m))) {
    fail(`${shownPath(path)}:1:1  a cadence template lists milestones (each with id, name and \`week: R-n\` or \`after\` + \`offset\`)`);
  }
  const { release, problems } = releaseFromTemplate(template, releaseDate, options);
  if (problems.length) fail(problems.map((p) => inTemplate(p.path, p.message)).join('\n'));
  const checked = releaseSchema.safeParse(release);
  if (!checked.success) {
    const diagnostics = schemaDiagnostics(path, { data: release, locate: (at, part) => source.locate(templatePath(at), part) }, checked.error.issues, 'yaml', releaseSchema);
    fail(`${formatReport(diagnostics, '.', 'text', userPath('.'))}\nfix the cadence template; nothing written`);
  }
  const origin: Origin = { file: path, described: `the cadence template ${shownPath(path)}`, locate: (at) => source.locate(templatePath(at)) };
  return { release, body: `Notes for ${options.name}.\n\nThe schedule comes from the cadence template ${templateFile}; every date is an estimate until the community confirms it.`, origin, note: '' };
}

/** Runs every validator rule over the content as it would be with the new file in it. */
function checkNewRelease(content: Content, id: string, file: string, text: string) {
  const source = parseSource(text, 'markdown') as ParsedSource;
  const parsed = releaseSchema.safeParse(source.data);
  if (!parsed.success) return schemaDiagnostics(file, source, parsed.error.issues, 'markdown', releaseSchema);
  const entry = { id, file, data: parsed.data, body: source.body, locate: source.locate };
  const withNew: Content = { ...content, releases: [...content.releases, entry] };
  return rules.flatMap((rule) => rule(withNew)).filter((d) => d.file === file && d.severity === 'error');
}

/** Writes through a temporary file and a hard link, which fails if the target appeared meanwhile. */
async function writeNew(target: string, text: string): Promise<void> {
  await mkdir(resolve(target, '..'), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, text, { flag: 'wx' });
  const linked = await link(temporary, target).then(() => undefined, (error: NodeJS.ErrnoException) => error);
  await unlink(temporary);
  if (linked?.code === 'EEXIST') fail(`${shownPath(target)} already exists: choose another id, or remove the file first`);
  if (linked) throw linked;
}
