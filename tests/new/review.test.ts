import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent, person } from '../helpers/content.ts';
import { runScript } from '../helpers/run.ts';

const project = (name: string) => `---\nname: ${name}\ndescription: D.\nlifecycle: mature\n---\n`;
const release = (projects: string) => `---\nname: Iris\ntype: ga\nprojects: ${projects}\nmilestones:\n  - id: feature-freeze\n    name: Feature freeze\n    date: 2026-11-20\n  - id: rel\n    name: Release\n    kind: release\n    date: 2027-01-14\n---\n`;

async function community(projects = '[aurora, beacon]') {
  return makeContent({
    'portal.yaml': 'name: Lumen\ndescription: D.\nsite: https://example.org\ntimezone: Pacific/Auckland\ntsc: [ana, bo]\n',
    'people/ana.yaml': person('Ana Lima'),
    'people/bo.yaml': person('Bo Berg'),
    'projects/aurora.md': project('Aurora'),
    'projects/beacon.md': project('Beacon'),
    'releases/iris.md': release(projects),
  });
}

// 2026-12-01 20:00 UTC: already 2 December in Auckland, the portal's zone.
const at = { SOURCE_DATE_EPOCH: String(Date.parse('2026-12-01T20:00:00Z') / 1000) };
const reviewsIn = async (root: string) => (existsSync(join(root, 'reviews')) ? readdir(join(root, 'reviews')) : []);

describe('npm run new -- review', () => {
  it('lists every project of the release as not done, dated today in the portal\'s zone, and the file validates', async () => {
    const root = await community();
    const result = runScript('new', ['review', 'iris', 'feature-freeze', '--content', root], at);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote .*reviews\/iris-feature-freeze\.yaml: Feature freeze of Iris, 2 projects, each not done until you set their status; sign it off once the TSC decides\n$/);
    const text = await readFile(join(root, 'reviews/iris-feature-freeze.yaml'), 'utf8');
    expect(parse(text)).toEqual({
      release: 'iris', milestone: 'feature-freeze', date: '2026-12-02',
      projects: [{ project: 'aurora', status: 'not-done' }, { project: 'beacon', status: 'not-done' }],
    });
    // What to fill in, and who may sign, in comments the author deletes or keeps.
    expect(text).toMatch(/^# Iris: the TSC's review of Feature freeze\.$/m);
    expect(text).toMatch(/^#   by: one of ana, bo$/m);
    const { diagnostics, content } = await validateContent(root);
    expect(diagnostics.filter((d) => d.severity === 'error' || d.file.startsWith('reviews/'))).toEqual([]);
    expect(content.reviews.map((r) => r.id)).toEqual(['iris-feature-freeze']);
  });

  it('takes the day from --date, and says so when the release lists no projects', async () => {
    const root = await community('[]');
    const result = runScript('new', ['review', 'iris', 'feature-freeze', '--date', '2026-11-21', '--content', root], at);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Feature freeze of Iris, no projects \(releases\/iris\.md lists none\)/);
    expect(parse(await readFile(join(root, 'reviews/iris-feature-freeze.yaml'), 'utf8'))).toMatchObject({ date: '2026-11-21', projects: [] });
  });

  it('gives a second review of the same milestone an id of its own, and never overwrites the first', async () => {
    const root = await community();
    expect(runScript('new', ['review', 'iris', 'feature-freeze', '--content', root], at).code).toBe(0);
    const first = await readFile(join(root, 'reviews/iris-feature-freeze.yaml'), 'utf8');
    const again = runScript('new', ['review', 'iris', 'feature-freeze', '--content', root], at);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/iris-feature-freeze\.yaml already exists: a second review of Feature freeze needs an id of its own, e.g. --id iris-feature-freeze-2\n$/);
    expect(await readFile(join(root, 'reviews/iris-feature-freeze.yaml'), 'utf8')).toBe(first);
    expect(runScript('new', ['review', 'iris', 'feature-freeze', '--id', 'iris-feature-freeze-2', '--content', root], at).code).toBe(0);
    expect(await reviewsIn(root)).toEqual(['iris-feature-freeze-2.yaml', 'iris-feature-freeze.yaml']);
  });

  it('refuses an unknown release or milestone, a bad date and an option of another kind in one line, writing nothing', async () => {
    const root = await community();
    const cases = [
      [['review', 'irs', 'feature-freeze'], 1, /^unknown release "irs": known releases are iris/],
      [['review', 'iris', 'feature-frezee'], 2, /^release "iris" has no milestone "feature-frezee": did you mean "feature-freeze"\? \(ids in releases\/iris\.md\)/],
      [['review', 'iris'], 2, /^give the release and the milestone reviewed, by their ids\nusage: npm run new -- review/],
      [['review', 'iris', 'feature-freeze', '--date', '2 Dec'], 2, /^--date "2 Dec" is not a calendar date written as YYYY-MM-DD/],
      [['review', 'iris', 'feature-freeze', '--from', 'hyacinth'], 2, /^--from does not apply to a new review\nusage: npm run new -- review/],
      [['review', 'iris', 'feature-freeze', '--id', 'Iris FF'], 2, /^"Iris FF" is not a valid id/],
    ] as const;
    for (const [args, code, message] of cases) {
      const result = runScript('new', [...args, '--content', root], at);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await reviewsIn(root)).toEqual([]);
  });
});
