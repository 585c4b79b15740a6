import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/core/load/load.ts';
import { formatReport } from '../../src/core/validate/format.ts';
import { fail, shownPath, userPath } from '../cli.ts';
import { checkDay, dayFor, errorsInNewFile, knownRelease, writeNew } from './files.ts';

export const retrospectiveUsage = 'npm run new -- retrospective <release> [--date YYYY-MM-DD] [--content DIR]';

/**
 * Writes retrospectives/<release>.yaml, with the fields to fill in and how,
 * in comments: a release has one retrospective, so an existing one is named
 * instead of a second written beside it.
 */
export async function newRetrospective(root: string, releaseId: string, values: { date?: string }): Promise<void> {
  checkDay(values.date);
  const loaded = await loadContent(root);
  const release = knownRelease(loaded, root, releaseId);
  const held = loaded.content.retrospectives.find((r) => r.data.release === releaseId);
  if (held) fail(`release "${releaseId}" already has a retrospective, in ${held.file}: add to it, as a release cycle has one`);
  const file = `retrospectives/${releaseId}.yaml`;
  const target = join(root, file);
  if (existsSync(target)) fail(`${shownPath(target)} already exists: choose another id, or remove the file first`);

  const date = dayFor(values.date, loaded.content);
  const text = [
    `# ${release.data.name.replace(/\s+/g, ' ')}: how the release cycle went, looked back on after the release.`,
    '# List what went well and what to improve, one "- " item each, and the actions agreed,',
    '# each with an owner (a person id) and, where one was agreed, a due day:',
    '# actions:',
    '#   - action: What the community will do differently',
    '#     owner: <person id>',
    '#     due: YYYY-MM-DD',
    '# Add `facilitator: <person id>` for whoever led it.',
    `release: ${release.id}`,
    `date: ${date}`,
    'wentWell: []',
    'toImprove: []',
    'actions: []',
    '',
  ].join('\n');
  const problems = errorsInNewFile(loaded.content, 'retrospectives', releaseId, file, text);
  if (problems.length) fail(`${formatReport(problems, root, 'text', userPath('.'))}\nnothing written: fix the content above first`);
  await writeNew(target, text);
  process.stdout.write(`wrote ${shownPath(target)}: the retrospective of ${release.data.name}; fill in what went well, what to improve and the actions agreed\n`);
}
