import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent } from '../helpers/content.ts';

const repo = resolve(import.meta.dirname, '../..');
const node = join(repo, 'node_modules/.bin/node');

/** Runs `npm run new -- <args>` the way npm does (from the package root, INIT_CWD saying where the user is), and reports how it ended. */
async function runNew(args: string[], where = repo) {
  try {
    const { stdout, stderr } = await promisify(execFile)(node, [join(repo, 'scripts/new.ts'), ...args], { cwd: repo, env: { ...process.env, INIT_CWD: where } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** Front matter of a written release file. */
async function frontMatter(root: string, id: string) {
  const text = await readFile(join(root, 'releases', `${id}.md`), 'utf8');
  return parse(text.split('---\n')[1]!) as Record<string, unknown> & { milestones: Record<string, unknown>[] };
}

const hyacinth = `---
name: Hyacinth
version: "2026.1"
type: ga
cadence: 6 months
maintainedUntil: "2027-05-13"
milestones:
  - id: planning
    name: Planning
    kind: planning
    date: "2025-11-20"
  - id: feature-freeze
    name: Feature freeze
    kind: freeze
    week: R-10
    time: "23:59"
    timezone: AoE
  - id: rc
    name: Release candidate
    after: release
    offset: -1w
  - id: release
    name: Hyacinth release
    kind: release
    date: "2026-05-14"
---
Hyacinth notes.
`;

describe('a release copied from the previous one', () => {
  it('shifts absolute dates by the cadence, keeps relative ones, marks all estimated, and validates', async () => {
    const root = await makeContent({ 'releases/hyacinth.md': hyacinth });
    const result = await runNew(['release', 'iris', '--from', 'hyacinth', '--name', 'Iris', '--version', '2026.2', '--content', root]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('4 milestones, release 2026-11-12 (estimated)');

    const iris = await frontMatter(root, 'iris');
    // 6 months from 2026-05-14 rounds to 26 weeks: the release stays on a Thursday.
    expect(iris).toMatchObject({ name: 'Iris', version: '2026.2', type: 'ga', cadence: '6 months', maintainedUntil: '2027-11-11' });
    expect(iris.milestones).toEqual([
      { id: 'planning', name: 'Planning', kind: 'planning', date: '2026-05-21', estimated: true },
      { id: 'feature-freeze', name: 'Feature freeze', kind: 'freeze', week: 'R-10', time: '23:59', timezone: 'AoE', estimated: true },
      { id: 'rc', name: 'Release candidate', after: 'release', offset: '-1w', estimated: true },
      { id: 'release', name: 'Iris release', kind: 'release', date: '2026-11-12', estimated: true },
    ]);
    expect((await validateContent(root)).diagnostics).toEqual([]);
  });

  it('keeps the series\' support dates for the next maintenance release, and renames its candidates', async () => {
    const point = `---
name: Hyacinth 2026.1.1
version: "2026.1.1"
type: maintenance
basedOn: hyacinth
cadence: 3 months
candidates: "hyacinth-2026.1.1-*"
maintainedUntil: "2027-05-13"
endOfLife: "2027-11-11"
milestones:
  - id: release
    name: Hyacinth 2026.1.1 release
    kind: release
    date: "2026-08-13"
---
`;
    const root = await makeContent({ 'releases/hyacinth.md': hyacinth, 'releases/hyacinth-2026-1-1.md': point });
    const result = await runNew(['release', 'hyacinth-2026-1-2', '--from', 'hyacinth-2026-1-1', '--name', 'Hyacinth 2026.1.2', '--version', '2026.1.2', '--content', root]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const next = await frontMatter(root, 'hyacinth-2026-1-2');
    expect(next).toMatchObject({ candidates: 'hyacinth-2026.1.2-*', maintainedUntil: '2027-05-13', endOfLife: '2027-11-11' });
    expect(next.milestones).toEqual([{ id: 'release', name: 'Hyacinth 2026.1.2 release', kind: 'release', date: '2026-11-12', estimated: true }]);
  });

  it('says when the copied `candidates` still names the old release, so that the new one is not shipped by its builds', async () => {
    const release = (candidates: string) => `---\nname: Hyacinth 2026.1.1\nversion: "2026.1.1"\ntype: ga\ncadence: 3 months\ncandidates: "${candidates}"\nmilestones:\n  - id: release\n    name: Release\n    kind: release\n    date: "2026-08-13"\n---\n`;
    const byVersion = await runNew(['release', 'next', '--from', 'h', '--content', await makeContent({ 'releases/h.md': release('hyacinth-2026.1.1-*') })]);
    expect(byVersion).toMatchObject({ code: 0, stderr: '' });
    expect(byVersion.stdout).toContain('; `candidates: hyacinth-2026.1.1-*` is copied as it was and names "2026.1.1": change it if the new release ships from other candidates (--version renames a version in it)\n');
    const byId = await runNew(['release', 'next', '--from', 'h', '--content', await makeContent({ 'releases/h.md': release('stable-h') })]);
    expect(byId.stdout).toContain('; `candidates: stable-h` is copied as it was and names "h": change it if the new release ships from other candidates\n');
    // A stream that every release ships from (trunk), or a renamed pattern, needs no word.
    const trunk = await runNew(['release', 'next', '--from', 'h', '--content', await makeContent({ 'releases/h.md': release('trunk') })]);
    const renamed = await runNew(['release', 'next', '--from', 'h', '--version', '2026.1.2', '--content', await makeContent({ 'releases/h.md': release('hyacinth-2026.1.1-*') })]);
    for (const quiet of [trunk, renamed]) expect(quiet).toMatchObject({ code: 0, stdout: expect.not.stringContaining('candidates') });
  });

  it('speaks of the new release in the copied milestone texts that named the old one, and says so', async () => {
    const iris = `---
name: Iris
type: ga
cadence: 6 months
milestones:
  - id: planning
    name: Iris planning
    kind: planning
    date: "2026-06-11"
    description: Projects say whether they take part in Iris.
    checklist:
      - Intent to take part in Iris posted
      - Branch stable/iris created
      - Irises and iris-2 are other words
  - id: release
    name: Release
    kind: release
    date: "2027-03-25"
    description: Iris's artifacts published.
---
`;
    const root = await makeContent({ 'releases/iris.md': iris });
    const result = await runNew(['release', 'jasmine', '--from', 'iris', '--name', 'Jasmine', '--content', root]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('5 milestone texts naming Iris (or iris) now name Jasmine (or jasmine): check they read right');
    const jasmine = await frontMatter(root, 'jasmine');
    expect(jasmine.milestones).toEqual([
      {
        id: 'planning', name: 'Jasmine planning', kind: 'planning', date: '2026-12-10', estimated: true,
        description: 'Projects say whether they take part in Jasmine.',
        checklist: ['Intent to take part in Jasmine posted', 'Branch stable/jasmine created', 'Irises and iris-2 are other words'],
      },
      { id: 'release', name: 'Release', kind: 'release', date: '2027-09-23', estimated: true, description: "Jasmine's artifacts published." },
    ]);
    expect((await validateContent(root)).diagnostics).toEqual([]);
    // Nothing named the old release: nothing to check.
    const other = await makeContent({ 'releases/iris.md': iris.replace(/(Iris|iris)(?!\n)/g, 'the cycle') });
    const plain = await runNew(['release', 'jasmine', '--from', 'iris', '--name', 'Jasmine', '--content', other]);
    expect(plain).toMatchObject({ code: 0, stderr: '' });
    expect(plain.stdout).not.toContain('now name');
    // Without --name the new release is called by its id, which is said once.
    const unnamed = await runNew(['release', 'jasmine', '--from', 'iris', '--content', await makeContent({ 'releases/iris.md': iris })]);
    expect(unnamed.stdout).toContain('5 milestone texts naming Iris (or iris) now name jasmine: check they read right');
  });

  it('quotes dates so that YAML 1.1 readers keep them as text', async () => {
    const root = await makeContent({ 'releases/hyacinth.md': hyacinth });
    await runNew(['release', 'iris', '--from', 'hyacinth', '--content', root]);
    const text = await readFile(join(root, 'releases/iris.md'), 'utf8');
    expect(text).toMatch(/^---\nname: iris\n/);
    expect(text).toContain('date: "2026-05-21"');
    expect(text).toContain('time: "23:59"');
  });

  it('takes an explicit --shift over the cadence', async () => {
    const root = await makeContent({ 'releases/hyacinth.md': hyacinth });
    expect((await runNew(['release', 'iris', '--from', 'hyacinth', '--shift', '20w', '--content', root])).code).toBe(0);
    const iris = await frontMatter(root, 'iris');
    expect(iris.milestones.find((m) => m.id === 'release')!.date).toBe('2026-10-01');
  });

  it('reads TOLLGATE_CONTENT when --content is not given', async () => {
    const root = await makeContent({ 'releases/hyacinth.md': hyacinth });
    const ran = await promisify(execFile)(node, [join(repo, 'scripts/new.ts'), 'release', 'iris', '--from', 'hyacinth'], {
      cwd: repo, env: { ...process.env, TOLLGATE_CONTENT: root },
    });
    expect(ran.stdout).toContain('iris.md');
    expect((await readdir(join(root, 'releases'))).sort()).toEqual(['hyacinth.md', 'iris.md']);
  });
});

describe('refusals', () => {
  it('never overwrites an existing release file', async () => {
    const root = await makeContent({ 'releases/hyacinth.md': hyacinth, 'releases/iris.md': '---\nkept: as is\n---\n' });
    const result = await runNew(['release', 'iris', '--from', 'hyacinth', '--content', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/releases\/iris\.md already exists/);
    expect(await readFile(join(root, 'releases/iris.md'), 'utf8')).toBe('---\nkept: as is\n---\n');
  });

  it('names the known releases when the source is unknown', async () => {
    const root = await makeContent({ 'releases/hyacinth.md': hyacinth });
    const result = await runNew(['release', 'iris', '--from', 'hyacinht', '--content', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('unknown release "hyacinht": known releases are hyacinth (file names in releases/)\n');
  });

  it('asks for a shift when the source has no cadence', async () => {
    const root = await makeContent({ 'releases/hyacinth.md': hyacinth.replace('cadence: 6 months\n', '') });
    const result = await runNew(['release', 'iris', '--from', 'hyacinth', '--content', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('pass --shift');
  });

  it('writes nothing when the new file would not validate, and reports the errors where they are: in the release copied from', async () => {
    // The source refers to a promotion level and a project that do not exist, and repeats a milestone id: so would the copy.
    const broken = hyacinth
      .replace('type: ga\n', 'type: ga\nqualifyingLevel: gold\nprojects: [relay]\n')
      .replace('  - id: rc\n', '  - id: planning\n');
    const root = await makeContent({ 'releases/hyacinth.md': broken });
    const result = await runNew(['release', 'iris', '--from', 'hyacinth', '--content', root], root);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter((line) => / {2}error {2}/.test(line))).toEqual([
      'releases/hyacinth.md:20:9  error  duplicate milestone "planning"  [milestones.2.id]',
      'releases/hyacinth.md:6:12  error  unknown project "relay"  [projects.0]',
      'releases/hyacinth.md:5:18  error  unknown promotion level "gold"  [qualifyingLevel]',
    ]);
    expect(result.stderr).toMatch(/\nnothing written: the errors are in releases\/hyacinth\.md, the release copied from; fix them there first\n$/);
    expect(result.stderr).not.toContain('iris.md');
    expect(await readdir(join(root, 'releases'))).toEqual(['hyacinth.md']);
  });

  it('refuses an id written as a file name', async () => {
    const root = await makeContent({ 'releases/hyacinth.md': hyacinth });
    for (const id of ['kiwi.md', 'kiwi.yaml', 'kiwi.mdx', 'kiwi.json']) {
      const result = await runNew(['release', id, '--from', 'hyacinth', '--content', root]);
      expect(result.code, id).toBe(2);
      expect(result.stderr, id).toMatch(/: give the id without the file extension: kiwi\n$/);
    }
    expect(await readdir(join(root, 'releases'))).toEqual(['hyacinth.md']);
  });

  it('explains how to give a shift back in time, and applies it', async () => {
    const root = await makeContent({ 'releases/hyacinth.md': hyacinth });
    const spaced = await runNew(['release', 'gerbera', '--from', 'hyacinth', '--shift', '-26w', '--content', root]);
    expect(spaced.code).toBe(2);
    expect(spaced.stderr.split('\n')[0]).toBe('--shift needs its value after =, as in --shift=-26w');
    expect((await runNew(['release', 'gerbera', '--from', 'hyacinth', '--shift=-26w', '--content', root])).code).toBe(0);
    const gerbera = await frontMatter(root, 'gerbera');
    expect(gerbera.milestones.find((m) => m.id === 'release')!.date).toBe('2025-11-13');
    expect(await readFile(join(root, 'releases/gerbera.md'), 'utf8')).toContain('moved 26 weeks earlier');
  });

  it('refuses an empty --name or --version, which the copy would carry', async () => {
    const root = await makeContent({ 'releases/hyacinth.md': hyacinth });
    for (const option of ['--name', '--version']) {
      const result = await runNew(['release', 'iris', '--from', 'hyacinth', option, ' ', '--content', root]);
      expect(result.code, option).toBe(2);
      expect(result.stderr.split('\n')[0], option).toBe(`${option} must not be empty`);
    }
  });

  it('rejects usage mistakes in one line, without a stack trace', async () => {
    const root = await makeContent({});
    const cases = [
      [['project', 'x'], /cannot create "project": "release", "review" or "retrospective"/],
      [['release', 'Iris', '--from', 'hyacinth', '--content', root], /not a valid id/],
      [['release', 'iris', '--content', root], /either --from <release-id> or --cadence <file>/],
      [['release', 'iris', '--cadence', 'x.yaml', '--content', root], /needs the release date/],
    ] as const;
    for (const [args, message] of cases) {
      const result = await runNew([...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('a release from a cadence template', () => {
  const template = `# Six-month cadence: milestones counted from the release week
cadence: 6 months
deadlineWeekday: thursday
milestones:
  - id: planning
    name: Planning
    kind: planning
    week: R-24
  - id: release
    name: Release
    kind: release
  - id: feature-freeze
    name: Feature freeze
    kind: freeze
    week: R-9
  - id: rc
    name: Release candidate
    after: release
    offset: -2 weekdays
`;

  it('places the milestones around --release-date, in date order, and validates', async () => {
    const root = await makeContent({ 'cadence.yaml': template });
    const result = await runNew(['release', 'lotus', '--cadence', join(root, 'cadence.yaml'), '--release-date', '2028-03-02', '--name', 'Lotus', '--content', root]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lotus = await frontMatter(root, 'lotus');
    expect(lotus).toMatchObject({ name: 'Lotus', type: 'ga', cadence: '6 months' });
    expect(lotus.milestones.map((m) => m.id)).toEqual(['planning', 'feature-freeze', 'rc', 'release']);
    expect(lotus.milestones.find((m) => m.id === 'release')).toEqual({ id: 'release', name: 'Release', kind: 'release', date: '2028-03-02', estimated: true });
    expect(lotus.milestones.every((m) => m.estimated === true)).toBe(true);
    expect((await validateContent(root)).diagnostics).toEqual([]);
  });

  it('accepts a bare list of milestones and adds the release milestone', async () => {
    const root = await makeContent({ 'cadence.yaml': '- id: freeze\n  name: Freeze\n  week: R-3\n' });
    expect((await runNew(['release', 'lotus', '--cadence', join(root, 'cadence.yaml'), '--release-date', '2028-03-02', '--content', root])).code).toBe(0);
    const lotus = await frontMatter(root, 'lotus');
    expect(lotus.milestones.map((m) => [m.id, m.kind])).toEqual([['freeze', undefined], ['release', 'release']]);
    expect((await validateContent(root)).diagnostics).toEqual([]);
  });

  it('points at the line of an absolute date in the template', async () => {
    const root = await makeContent({ 'cadence.yaml': template.replace('    week: R-24\n', '    date: "2027-09-02"\n') });
    const result = await runNew(['release', 'lotus', '--cadence', join(root, 'cadence.yaml'), '--release-date', '2028-03-02', '--content', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cadence\.yaml:8:11 {2}error {2}milestone "planning" has an absolute date/);
    expect(await readdir(root)).not.toContain('releases');
  });

  it('reports each syntax mistake of the template, with a hint, and writes nothing', async () => {
    const root = await makeContent({ 'cadence.yaml': template.replace('    name: Planning\n', '      name: Planning\n').replace('name: Feature freeze', 'name: "Feature freeze') });
    const result = await runNew(['release', 'lotus', '--cadence', 'cadence.yaml', '--release-date', '2028-03-02', '--content', '.'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^cadence\.yaml:6:7 {2}error {2}this line is indented further than the line above it\n {4}hint: indent it/m);
    expect(result.stderr).toMatch(/^cadence\.yaml:13:11 {2}error {2}Missing closing "quote\n {4}hint: close the quote/m);
    expect(result.stderr).toMatch(/\nfix the cadence template; nothing written\n$/);
    expect(await readdir(root)).not.toContain('releases');
  });

  it('points at the line of a template field the schema rejects', async () => {
    const root = await makeContent({ 'cadence.yaml': template.replace('week: R-9', 'week: R9') });
    const result = await runNew(['release', 'lotus', '--cadence', join(root, 'cadence.yaml'), '--release-date', '2028-03-02', '--content', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cadence\.yaml:15:11 {2}error {2}.*R-5/);
  });

  it('reads a relative --cadence from where the user ran npm', async () => {
    const root = await makeContent({ 'plans/cadence.yaml': template });
    const result = await runNew(['release', 'lotus', '--cadence', 'cadence.yaml', '--release-date', '2028-03-02', '--content', '..'], join(root, 'plans'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^wrote \.\.\/releases\/lotus\.md: 4 milestones/);
  });

  it('says that a --cadence folder is a folder', async () => {
    const root = await makeContent({ 'cadence/six-months.yaml': template });
    const result = await runNew(['release', 'lotus', '--cadence', join(root, 'cadence'), '--release-date', '2028-03-02', '--content', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`cadence template ${join(root, 'cadence')} is a folder: name the YAML file in it\n`);
  });

  it('reports rule errors at the template lines they come from, though the milestones were put in date order', async () => {
    // The release milestone is listed second and moves last; the repeated "feature-freeze" is the fourth listed.
    const root = await makeContent({ 'cadence.yaml': template.replace('  - id: rc\n    name: Release candidate', '  - id: feature-freeze\n    name: Release candidate') });
    const result = await runNew(['release', 'lotus', '--cadence', 'cadence.yaml', '--release-date', '2028-03-02', '--content', '.'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^cadence\.yaml:16:9 {2}error {2}duplicate milestone "feature-freeze" {2}\[milestones\.3\.id\]\n/);
    expect(result.stderr).toMatch(/\nnothing written: the errors are in the cadence template cadence\.yaml; fix them there first\n$/);
    expect(await readdir(root)).not.toContain('releases');
  });

  it('refuses an impossible release date', async () => {
    const root = await makeContent({ 'cadence.yaml': template });
    const result = await runNew(['release', 'lotus', '--cadence', join(root, 'cadence.yaml'), '--release-date', '2027-02-29', '--content', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"2027-02-29" is not a calendar date');
  });
});

it('leaves no temporary file behind', async () => {
  const root = await makeContent({ 'releases/hyacinth.md': hyacinth });
  await runNew(['release', 'iris', '--from', 'hyacinth', '--content', root]);
  await runNew(['release', 'iris', '--from', 'hyacinth', '--content', root]);
  expect((await readdir(join(root, 'releases'))).sort()).toEqual(['hyacinth.md', 'iris.md']);
});
