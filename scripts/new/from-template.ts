import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { syntaxDiagnostics } from '../../src/core/load/read-problems.ts';
import { parseSource } from '../../src/core/load/source.ts';
import { releaseFromTemplate } from '../../src/core/schedule/scaffold.ts';
import { isCalendarDate, releaseSchema } from '../../src/core/schemas/index.ts';
import { formatReport } from '../../src/core/validate/format.ts';
import { schemaDiagnostics } from '../../src/core/validate/schema-issues.ts';
import { fail, shownPath, userPath } from '../cli.ts';
import type { Options, Origin } from './origin.ts';

/** `--cadence`: a release placed by its release date from a cadence template. */
export async function fromTemplate(templateFile: string, releaseDate: string | undefined, options: Options) {
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
