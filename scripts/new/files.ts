import { link, mkdir, unlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Content, Loaded } from '../../src/core/load/load.ts';
import { parseSource, type ParsedSource } from '../../src/core/load/source.ts';
import { createClock } from '../../src/core/schedule/clock.ts';
import { contentTypes, isCalendarDate, type ContentKind } from '../../src/core/schemas/index.ts';
import { formatReport } from '../../src/core/validate/format.ts';
import { schemaDiagnostics } from '../../src/core/validate/schema-issues.ts';
import { rules } from '../../src/core/validate/validate.ts';
import { fail, shownPath } from '../cli.ts';

/**
 * Runs every validator rule over the content as it would be with the new
 * file in it, and gives the errors in that file: the file is written only
 * when there are none, so that `new` never leaves content that does not build.
 */
export function errorsInNewFile(content: Content, kind: ContentKind, id: string, file: string, text: string) {
  const { format, schema } = contentTypes[kind];
  const source = parseSource(text, format) as ParsedSource;
  const parsed = schema.safeParse(source.data);
  if (!parsed.success) return schemaDiagnostics(file, source, parsed.error.issues, format, schema);
  const entry = { id, file, data: parsed.data, body: source.body, locate: source.locate };
  const withNew = { ...content, [kind]: [...content[kind], entry] } as Content;
  return rules.flatMap((rule) => rule(withNew)).filter((d) => d.file === file && d.severity === 'error');
}

/** Writes through a temporary file and a hard link, which fails if the target appeared meanwhile. */
export async function writeNew(target: string, text: string): Promise<void> {
  await mkdir(resolve(target, '..'), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, text, { flag: 'wx' });
  const linked = await link(temporary, target).then(() => undefined, (error: NodeJS.ErrnoException) => error);
  await unlink(temporary);
  if (linked?.code === 'EEXIST') fail(`${shownPath(target)} already exists: choose another id, or remove the file first`);
  if (linked) throw linked;
}

/** Refuses an id that cannot be a file name of its own, before anything is read. */
export function checkId(id: string): void {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) fail(`"${id}" is not a valid id: use lower-case letters, digits, ".", "_" or "-" (it becomes the file name)`, 2);
  const extension = /\.(md|mdx|ya?ml|json)$/i.exec(id);
  if (extension) fail(`"${id}" ends in ${extension[0]}: give the id without the file extension: ${id.slice(0, -extension[0].length)}`, 2);
}

/** The release a new file starts from or refers to; one that failed to load is named with its first error. */
export function knownRelease(loaded: Loaded, root: string, id: string) {
  const entry = loaded.content.releases.find((r) => r.id === id);
  if (entry) return entry;
  const broken = loaded.diagnostics.find((d) => d.file === `releases/${id}.md`);
  if (broken) fail(`${formatReport([broken], root, 'text').split('\n')[0]}\nhint: releases/${id}.md has errors; fix them first (npm run validate)`);
  fail(`unknown release "${id}": known releases are ${loaded.content.releases.map((r) => r.id).sort().join(', ') || 'none'} (file names in releases/)`);
}

/** Refuses a `--date` that is not a day, before anything is read. */
export function checkDay(option: string | undefined): void {
  if (option !== undefined && !isCalendarDate(option)) fail(`--date "${option}" is not a calendar date written as YYYY-MM-DD`, 2);
}

/** The day a review or retrospective is dated: `--date`, else today in the portal's zone, as the build counts days. */
export function dayFor(option: string | undefined, content: Content): string {
  return option ?? createClock({ timezone: content.portal[0]?.data.timezone ?? 'UTC' }).today;
}
