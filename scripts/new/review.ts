import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, type Entry } from '../../src/core/load/load.ts';
import type { Release } from '../../src/core/schemas/index.ts';
import { formatReport } from '../../src/core/validate/format.ts';
import { didYouMean } from '../../src/core/validate/rules/helpers.ts';
import { fail, shownPath, userPath } from '../cli.ts';
import { checkDay, checkId, dayFor, errorsInNewFile, knownRelease, writeNew } from './files.ts';

export const reviewUsage = 'npm run new -- review <release> <milestone> [--date YYYY-MM-DD] [--id ID] [--content DIR]';

/**
 * Writes reviews/<release>-<milestone>.yaml, listing every project of the
 * release as not done: the secretary of the TSC sets each status as the
 * review goes, and no participating project is forgotten.
 */
export async function newReview(root: string, releaseId: string, milestoneId: string, values: { id?: string; date?: string }): Promise<void> {
  checkDay(values.date);
  if (values.id !== undefined) checkId(values.id);
  const loaded = await loadContent(root);
  const release = knownRelease(loaded, root, releaseId);
  const milestone = release.data.milestones.find((m) => m.id === milestoneId);
  if (!milestone) fail(`release "${releaseId}" has no milestone "${milestoneId}": ${didYouMean(milestoneId, release.data.milestones.map((m) => m.id))} (ids in ${release.file})`, 2);

  const id = values.id ?? `${releaseId}-${milestoneId}`;
  const file = `reviews/${id}.yaml`;
  const target = join(root, file);
  if (existsSync(target)) {
    const free = freeId(root, id);
    fail(`${shownPath(target)} already exists: a second review of ${milestone.name} needs an id of its own, e.g. --id ${free}`);
  }
  const portal = loaded.content.portal[0]?.data;
  const date = dayFor(values.date, loaded.content);
  const text = reviewFileText(release, milestone.name, milestoneId, date, portal?.tsc ?? []);
  const problems = errorsInNewFile(loaded.content, 'reviews', id, file, text);
  if (problems.length) fail(`${formatReport(problems, root, 'text', userPath('.'))}\nnothing written: fix the content above first`);
  await writeNew(target, text);
  const count = release.data.projects.length;
  const listed = count === 0
    ? `no projects (${release.file} lists none)`
    : `${count} project${count === 1 ? '' : 's'}, each not done until you set ${count === 1 ? 'its' : 'their'} status`;
  process.stdout.write(`wrote ${shownPath(target)}: ${milestone.name} of ${release.data.name}, ${listed}; sign it off once the TSC decides\n`);
}

/** The review, with what to fill in said in comments above the fields. */
function reviewFileText(release: Entry<Release>, milestoneName: string, milestone: string, date: string, tsc: readonly string[]): string {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ');
  const projects = release.data.projects.map((project) => `  - project: ${project}\n    status: not-done\n`).join('');
  return [
    `# ${oneLine(release.data.name)}: the TSC's review of ${oneLine(milestoneName)}.`,
    '# Set each project\'s status: done, partial, not-done or exception (then say in',
    '# `exception:` what the TSC granted, and until when); add `notes:` where they help.',
    '# Once the TSC decides, sign it off:',
    '# signoff:',
    `#   by: ${tsc.length > 0 ? `one of ${tsc.join(', ')}` : 'the person id of a TSC member'}`,
    '#   date: YYYY-MM-DD',
    '#   decision: approved, approved-with-exceptions or rejected',
    `release: ${release.id}`,
    `milestone: ${milestone}`,
    `date: ${date}`,
    projects ? `projects:\n${projects}` : 'projects: []\n',
  ].join('\n');
}

/** The first of <id>-2, <id>-3… with no file yet. */
function freeId(root: string, id: string): string {
  for (let n = 2; ; n++) if (!existsSync(join(root, `reviews/${id}-${n}.yaml`))) return `${id}-${n}`;
}
