import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/core/load/load.ts';
import { resolveSchedule } from '../../src/core/schedule/milestone-dates.ts';
import { releaseFileText } from '../../src/core/schedule/release-file.ts';
import { inDateOrder } from '../../src/core/schedule/scaffold.ts';
import { releaseSchema } from '../../src/core/schemas/index.ts';
import { formatReport } from '../../src/core/validate/format.ts';
import { fail, shownPath, userPath } from '../cli.ts';
import { errorsInNewFile, writeNew } from './files.ts';
import { fromRelease } from './from-release.ts';
import { fromTemplate } from './from-template.ts';
import { inOrigin } from './origin.ts';

export const releaseUsage =
  'npm run new -- release <id> (--from <release-id> [--shift 26w] | --cadence <file> --release-date YYYY-MM-DD) [--name NAME] [--version V] [--content DIR]';

interface ReleaseOptions {
  from?: string; cadence?: string; shift?: string; 'release-date'?: string; name?: string; version?: string;
}

/**
 * Writes releases/<id>.md with a schedule copied from a previous release
 * (absolute dates shifted by its cadence) or from a cadence template.
 */
export async function newRelease(root: string, id: string, values: ReleaseOptions): Promise<void> {
  for (const option of ['name', 'version'] as const) {
    if (values[option]?.trim() === '') fail(`--${option} must not be empty\nusage: ${releaseUsage}`, 2);
  }
  if ((values.from === undefined) === (values.cadence === undefined)) fail(`give either --from <release-id> or --cadence <file>\nusage: ${releaseUsage}`, 2);
  if (values.cadence !== undefined && values.shift !== undefined) fail('--shift applies to --from; a cadence template is placed by --release-date', 2);

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
  const problems = errorsInNewFile(loaded.content, 'releases', id, file, text);
  if (problems.length) {
    const sourceIndexes = ordered.milestones.map((m) => release.milestones.indexOf(m));
    const report = formatReport(problems.map((problem) => inOrigin(problem, origin, sourceIndexes)), root, 'text', userPath('.'));
    fail(`${report}\nnothing written: the errors are in ${origin.described}; fix them there first`);
  }
  await writeNew(target, text);
  const releaseDate = resolveSchedule(releaseSchema.parse(release)).releaseDate;
  process.stdout.write(`wrote ${shownPath(target)}: ${release.milestones.length} milestones, release ${releaseDate ?? 'date not set'} (estimated)${note}\n`);
}
