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
import { link, mkdir, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadContent, type Content } from '../src/core/load/load.ts';
import { parseSource, type ParsedSource } from '../src/core/load/source.ts';
import { resolveSchedule } from '../src/core/schedule/milestone-dates.ts';
import { releaseFileText } from '../src/core/schedule/release-file.ts';
import { inDateOrder } from '../src/core/schedule/scaffold.ts';
import { releaseSchema } from '../src/core/schemas/index.ts';
import { formatReport } from '../src/core/validate/format.ts';
import { schemaDiagnostics } from '../src/core/validate/schema-issues.ts';
import { rules } from '../src/core/validate/validate.ts';
import { existingContentDir, fail, parseOptions, run, shownPath, userPath } from './cli.ts';
import { fromRelease } from './new/from-release.ts';
import { fromTemplate } from './new/from-template.ts';
import { inOrigin } from './new/origin.ts';

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
