/**
 * npm run new -- release <id> --from <release-id> [--shift 26w] [--name NAME] [--version V] [--content DIR]
 * npm run new -- release <id> --cadence <file> --release-date YYYY-MM-DD [--name NAME] [--version V] [--content DIR]
 *
 * Writes content/releases/<id>.md with a schedule copied from a previous
 * release (absolute dates shifted by its cadence) or from a cadence template.
 * The file is checked with every validator rule before it is written, and an
 * existing file is never overwritten.
 */
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { loadContent, type Content, type Loaded } from '../src/core/load/load.ts';
import { parseSource, type ParsedSource } from '../src/core/load/source.ts';
import { resolveSchedule } from '../src/core/schedule/milestone-dates.ts';
import { releaseFileText } from '../src/core/schedule/release-file.ts';
import { inDateOrder, nextReleaseFrom, parseShift, releaseFromTemplate, shiftInDays, type ReleaseInput } from '../src/core/schedule/scaffold.ts';
import { isCalendarDate, releaseSchema } from '../src/core/schemas/index.ts';
import { formatReport } from '../src/core/validate/format.ts';
import { schemaDiagnostics } from '../src/core/validate/schema-issues.ts';
import { rules } from '../src/core/validate/validate.ts';
import { contentDir, fail, parseOptions, run } from './cli.ts';

const usage =
  'npm run new -- release <id> (--from <release-id> [--shift 26w] | --cadence <file> --release-date YYYY-MM-DD) [--name NAME] [--version V] [--content DIR]';

run(async () => {
  const { values, positionals } = parseOptions({
    from: { type: 'string' }, cadence: { type: 'string' }, shift: { type: 'string' },
    'release-date': { type: 'string' }, name: { type: 'string' }, version: { type: 'string' }, content: { type: 'string' },
  }, usage);
  const [kind, id, ...extra] = positionals;
  if (kind !== 'release') fail(`${kind === undefined ? 'say what to create' : `cannot create "${kind}"`}: only "release" is supported\nusage: ${usage}`, 2);
  if (id === undefined || extra.length > 0) fail(`give exactly one release id\nusage: ${usage}`, 2);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) fail(`"${id}" is not a valid id: use lower-case letters, digits, ".", "_" or "-" (it becomes the file name)`, 2);
  if ((values.from === undefined) === (values.cadence === undefined)) fail(`give either --from <release-id> or --cadence <file>\nusage: ${usage}`, 2);
  if (values.cadence !== undefined && values.shift !== undefined) fail('--shift applies to --from; a cadence template is placed by --release-date', 2);

  const root = contentDir(values.content);
  if (!existsSync(root)) fail(`content folder not found: ${root}\nhint: pass --content DIR or set TOLLGATE_CONTENT`, 2);
  const file = `releases/${id}.md`;
  const target = join(root, file);
  if (existsSync(target)) fail(`${shown(target)} already exists: choose another id, or remove the file first`);

  const loaded = await loadContent(root);
  const name = values.name ?? id;
  const { release, body } = values.from !== undefined
    ? await fromRelease(loaded, root, values.from, { name, version: values.version, shift: values.shift })
    : await fromTemplate(values.cadence!, values['release-date'], { name, version: values.version });

  const text = releaseFileText(inDateOrder(release), body);
  const problems = checkNewRelease(loaded.content, id, file, text);
  if (problems.length) fail(`${formatReport(problems, root, 'text')}\nnothing written: the new release would not pass validation`);
  await writeNew(target, text);
  const releaseDate = resolveSchedule(releaseSchema.parse(release)).releaseDate;
  process.stdout.write(`wrote ${shown(target)}: ${release.milestones.length} milestones, release ${releaseDate ?? 'date not set'} (estimated)\n`);
});

interface Options { name: string; version?: string }

async function fromRelease(loaded: Loaded, root: string, sourceId: string, options: Options & { shift?: string }) {
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
  const source = (parseSource(await readFile(join(root, entry.file), 'utf8'), 'markdown') as ParsedSource).data as ReleaseInput;
  const { releaseDate, dates } = resolveSchedule(entry.data);
  const anchor = releaseDate ?? dates.map((d) => d?.date).filter((d) => d !== undefined).sort().at(-1)!;
  const days = shiftInDays(shift, anchor);
  const release = nextReleaseFrom(source, { ...options, days });
  const body = `Notes for ${options.name}.\n\nThe schedule was copied from ${entry.data.name} and moved ${days % 7 === 0 ? `${days / 7} weeks` : `${days} days`} later; every date is an estimate until the community confirms it.`;
  return { release, body };
}

async function fromTemplate(templateFile: string, releaseDate: string | undefined, options: Options) {
  if (releaseDate === undefined) fail('--cadence needs the release date: add --release-date YYYY-MM-DD', 2);
  if (!isCalendarDate(releaseDate)) fail(`--release-date "${releaseDate}" is not a calendar date written as YYYY-MM-DD`, 2);
  const path = resolve(templateFile);
  if (!existsSync(path)) fail(`cadence template not found: ${templateFile}`, 2);
  const source = parseSource(await readFile(path, 'utf8'), 'yaml');
  if (!('data' in source)) fail(`${shown(path)}:${source.position.line}:${source.position.column}  ${source.message}`);
  // A template is a list of milestones, or a map with `milestones` and release fields to copy.
  const listed = Array.isArray(source.data);
  const template = (listed ? { milestones: source.data } : source.data) as Parameters<typeof releaseFromTemplate>[0];
  const templatePath = (at: readonly PropertyKey[]) => (listed ? at.slice(1) : at);
  const inTemplate = (at: PropertyKey[], message: string) => {
    const { line, column } = source.locate(templatePath(at));
    return `${shown(path)}:${line}:${column}  error  ${message}`;
  };
  if (typeof template !== 'object' || template === null || !Array.isArray(template.milestones) ||
      !template.milestones.every((m) => typeof m === 'object' && m !== null && !Array.isArray(m))) {
    fail(`${shown(path)}:1:1  a cadence template lists milestones (each with id, name and \`week: R-n\` or \`after\` + \`offset\`)`);
  }
  const { release, problems } = releaseFromTemplate(template, releaseDate, options);
  if (problems.length) fail(problems.map((p) => inTemplate(p.path, p.message)).join('\n'));
  const checked = releaseSchema.safeParse(release);
  if (!checked.success) {
    const diagnostics = schemaDiagnostics(path, { data: release, locate: (at) => source.locate(templatePath(at)) }, checked.error.issues, 'yaml');
    fail(`${formatReport(diagnostics, '.', 'text')}\nfix the cadence template; nothing written`);
  }
  return { release, body: `Notes for ${options.name}.\n\nThe schedule comes from the cadence template ${templateFile}; every date is an estimate until the community confirms it.` };
}

/** Runs every validator rule over the content as it would be with the new file in it. */
function checkNewRelease(content: Content, id: string, file: string, text: string) {
  const source = parseSource(text, 'markdown') as ParsedSource;
  const parsed = releaseSchema.safeParse(source.data);
  if (!parsed.success) return schemaDiagnostics(file, source, parsed.error.issues, 'markdown');
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
  if (linked?.code === 'EEXIST') fail(`${shown(target)} already exists: choose another id, or remove the file first`);
  if (linked) throw linked;
}

function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}
