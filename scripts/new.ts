/**
 * npm run new -- release <id> --from <release-id> [--shift 26w] [--name NAME] [--version V] [--content DIR]
 * npm run new -- release <id> --cadence <file> --release-date YYYY-MM-DD [--name NAME] [--version V] [--content DIR]
 * npm run new -- review <release> <milestone> [--date YYYY-MM-DD] [--id ID] [--content DIR]
 * npm run new -- retrospective <release> [--date YYYY-MM-DD] [--content DIR]
 *
 * Writes a new content file: a release with a schedule copied from a
 * previous release or from a cadence template, the TSC's review of a
 * milestone listing every project of the release, or a release's
 * retrospective. The file is checked with
 * every validator rule before it is written, and an existing file is never
 * overwritten.
 */
import { existingContentDir, fail, parseOptions, run } from './cli.ts';
import { checkId } from './new/files.ts';
import { newRelease, releaseUsage } from './new/release.ts';
import { newRetrospective, retrospectiveUsage } from './new/retrospective.ts';
import { newReview, reviewUsage } from './new/review.ts';

const usages = { release: releaseUsage, review: reviewUsage, retrospective: retrospectiveUsage };
const usage = Object.values(usages).join('\n       ');
/** The options each kind takes: any other is refused, not ignored. */
const optionsOf = {
  release: ['from', 'cadence', 'shift', 'release-date', 'name', 'version', 'content'],
  review: ['date', 'id', 'content'],
  retrospective: ['date', 'content'],
} as const;

run(async () => {
  const { values, positionals } = parseOptions({
    from: { type: 'string' }, cadence: { type: 'string' }, shift: { type: 'string' },
    'release-date': { type: 'string' }, name: { type: 'string' }, version: { type: 'string' }, content: { type: 'string' },
    date: { type: 'string' }, id: { type: 'string' },
  }, usage, { positionals: true });
  const [kind, ...args] = positionals;
  if (kind !== 'release' && kind !== 'review' && kind !== 'retrospective') {
    fail(`${kind === undefined ? 'say what to create' : `cannot create "${kind}"`}: "release", "review" or "retrospective"\nusage: ${usage}`, 2);
  }
  const kindUsage = usages[kind];
  const stray = Object.keys(values).find((option) => !(optionsOf[kind] as readonly string[]).includes(option));
  if (stray !== undefined) fail(`--${stray} does not apply to a new ${kind}\nusage: ${kindUsage}`, 2);

  if (kind === 'release') {
    const [id, ...extra] = args;
    if (id === undefined || extra.length > 0) fail(`give exactly one release id\nusage: ${kindUsage}`, 2);
    checkId(id);
    await newRelease(existingContentDir(values.content), id, values);
  } else if (kind === 'review') {
    const [release, milestone, ...extra] = args;
    if (milestone === undefined || extra.length > 0) fail(`give the release and the milestone reviewed, by their ids\nusage: ${kindUsage}`, 2);
    await newReview(existingContentDir(values.content), release!, milestone, values);
  } else {
    const [release, ...extra] = args;
    if (release === undefined || extra.length > 0) fail(`give the id of the release looked back on\nusage: ${kindUsage}`, 2);
    await newRetrospective(existingContentDir(values.content), release, values);
  }
});
