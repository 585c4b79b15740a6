import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContent } from '../helpers/content.ts';
import { runScript } from '../helpers/run.ts';

const small = {
  'people/ana.yaml': 'name: Ana\n',
  'people/ben.yaml': 'name: Ben\n',
  'projects/relay.md': '---\nname: Relay\ndescription: Controller integration.\nlifecycle: mature\nreleaseManagers: [ana, ben]\n---\nAbout Relay.\n',
  'releases/iris.md': '---\nname: Iris\ntype: ga\nprojects: [relay]\nmilestones:\n  - id: freeze\n    name: Freeze\n    week: R-2\n  - id: release\n    name: Release\n    kind: release\n    date: 2027-03-25\n---\nNotes.\n',
};

describe('npm run build', () => {
  it('stops on invalid content with the report, leaving dist/ as it was', async () => {
    const root = await makeContent({ ...small, 'releases/iris.md': small['releases/iris.md'].replace('type: ga', 'type: gaa') });
    const out = join(await mkdtemp(join(tmpdir(), 'tollgate-out-')), 'dist');
    await mkdir(join(out, 'api', 'v1'), { recursive: true });
    await writeFile(join(out, 'index.html'), 'previous build');
    await writeFile(join(out, 'api', 'v1', 'releases.json'), '{}');
    const { code, stderr } = runScript('build', ['--out', out], { TOLLGATE_CONTENT: root });
    expect(code).toBe(1);
    expect(stderr).toMatch(/releases\/iris\.md:3:7 {2}error {2}`type` must be one of/);
    expect(stderr).toContain(`(${out}/ was left as it was)`);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('previous build');
  });

  it('refuses an --out whose loss would hurt: a file, the content, the project, a folder of other files', { timeout: 120_000 }, async () => {
    const root = await makeContent(small);
    const place = await mkdtemp(join(tmpdir(), 'tollgate-out-'));
    await writeFile(join(place, 'notes.txt'), 'keep me');
    await mkdir(join(place, 'docs'));
    await writeFile(join(place, 'docs', 'index.html'), 'my own page');
    const refusals: [string, RegExp][] = [
      [join(place, 'notes.txt'), /is a file, not a folder/],
      [root, /overlaps the content folder/],
      [join(root, 'site'), /overlaps the content folder/],
      [join(root, '..'), /overlaps the content folder/],
      [process.cwd(), /holds the project itself/],
      // A clone under the temporary folder has the content folder in its parent too: that is said first.
      [join(process.cwd(), '..'), root.startsWith(`${resolve(process.cwd(), '..')}${sep}`) ? /overlaps the content folder/ : /holds the project itself/],
      [join(place, 'docs'), /a folder with other files in it, and the build replaces the whole folder/],
    ];
    for (const [out, message] of refusals) {
      const { code, stderr } = runScript('build', ['--out', out], { TOLLGATE_CONTENT: root });
      expect(code, out).toBe(2);
      expect(stderr, out).toMatch(message);
      expect(stderr.trim().split('\n'), out).toHaveLength(2);
    }
    expect(await readFile(join(place, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(await readFile(join(place, 'docs', 'index.html'), 'utf8')).toBe('my own page');
    expect(existsSync(join(root, 'people', 'ana.yaml'))).toBe(true);
  });

  it('reports an MDX syntax error at its file and line with a hint, without stack frames, leaving the output alone', { timeout: 240_000 }, async () => {
    const root = await makeContent({ ...small, 'training/first.mdx': '---\ntitle: First\norder: 1\ndescription: The first lesson.\n---\nHello.\n\n<Foo bar={1 +}>\n' });
    const out = join(await mkdtemp(join(tmpdir(), 'tollgate-out-')), 'dist');
    const { code, stderr } = runScript('build', ['--out', out], { TOLLGATE_CONTENT: root, CI: 'true' });
    expect(code).toBe(1);
    // The validation that comes first compiles lessons too: the build stops before Astro meets the error.
    expect(stderr).toMatch(/^\S*\/training\/first\.mdx:8:1 {2}error {2}Expected a closing tag for `<Foo>`\n {4}hint: /m);
    expect(stderr).toContain(`build stopped: fix the errors above (${out}/ was left as it was)`);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });

  it('builds a content folder kept outside the project, named by TOLLGATE_CONTENT', { timeout: 240_000 }, async () => {
    const root = await makeContent({
      ...small,
      'projects/spark.md': '---\nname: Spark\ndescription: Edge runtime.\nlifecycle: incubation\nreleaseManagers: [ana]\n---\n',
      'projects/flicker.md': '---\nname: Flicker\ndescription: Retired.\nlifecycle: archived\n---\n',
    });
    const out = join(await mkdtemp(join(tmpdir(), 'tollgate-out-')), 'dist');
    const { code, stderr } = runScript('build', ['--out', out], { TOLLGATE_CONTENT: root, SOURCE_DATE_EPOCH: '1795521600', CI: 'true' });
    expect(code, stderr).toBe(0);
    // A project short of its two release managers is flagged wherever they are listed; an archived one needs none.
    for (const page of ['projects/index.html', 'process/index.html', 'projects/spark/index.html']) {
      const body = (await readFile(join(out, page), 'utf8')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(body, page).toContain('Ana two expected');
      expect(body, page).not.toContain('Ben two expected');
      if (page !== 'projects/spark/index.html') expect(body, page).toContain('none (archived)');
    }
    for (const page of ['index.html', 'releases/iris/index.html', 'projects/relay/index.html', 'process/index.html', 'calendar.ics']) {
      expect(existsSync(join(out, page)), page).toBe(true);
    }
    expect(await readFile(join(out, 'releases/iris/index.html'), 'utf8')).toContain('Iris');
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('Test community');

    // A second build with the same SOURCE_DATE_EPOCH writes the same calendars, byte for byte.
    const again = join(await mkdtemp(join(tmpdir(), 'tollgate-out-')), 'dist');
    expect(runScript('build', ['--out', again], { TOLLGATE_CONTENT: root, SOURCE_DATE_EPOCH: '1795521600', CI: 'true' }).code).toBe(0);
    for (const calendar of ['calendar.ics', 'releases/iris.ics', 'projects/relay.ics']) {
      expect(await readFile(join(again, calendar), 'utf8'), calendar).toBe(await readFile(join(out, calendar), 'utf8'));
    }
  });

  it('builds a portal from portal.yaml alone, each page saying what it has none of yet', { timeout: 240_000 }, async () => {
    const root = await makeContent({});
    const out = join(await mkdtemp(join(tmpdir(), 'tollgate-out-')), 'dist');
    const { code, stderr } = runScript('build', ['--out', out], { TOLLGATE_CONTENT: root, SOURCE_DATE_EPOCH: '1795521600', CI: 'true' });
    expect(code, stderr).toBe(0);
    const html = (page: string) => readFile(join(out, page, 'index.html'), 'utf8');
    const expected: [string, string[]][] = [
      ['promotion', ['No promotion levels yet.', 'No test results have been published yet.']],
      ['releases', ['No releases are planned yet.']],
      ['projects', ['No projects take part in the release process yet.']],
      ['training', ['No lessons yet.']],
      ['handbook', ['No handbook pages yet.']],
      ['glossary', ['No terms yet.']],
      ['process', ['No RACI matrices yet.']],
      ['', ['No deadlines ahead.']],
    ];
    for (const [page, sentences] of expected) {
      const markup = await html(page);
      const body = markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      for (const sentence of sentences) expect(body, page).toContain(sentence);
      // No empty tables or lists, and no sentence built from an empty list ("in order, , as").
      expect(markup, page).not.toMatch(/<table|<(ol|ul|dl)[^>]*>\s*<\/\1>/);
      expect(body, page).not.toMatch(/,\s*,/);
    }
  });

  it('shows the newest 100 candidates on the promotion dashboard, and says where the others are', { timeout: 240_000 }, async () => {
    const runs: object[] = Array.from({ length: 105 }, (_, i) => ({
      candidate: `trunk-${String(i).padStart(3, '0')}`, job: 'unit', outcome: 'passed',
      startedAt: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(),
    }));
    // The newest candidate's build broke: 25 test cases failed.
    runs[104] = { ...runs[104], outcome: 'failed', cases: Array.from({ length: 25 }, (_, k) => ({ name: `case-${k}`, outcome: 'failed' })) };
    const root = await makeContent({
      'promotion/merge.yaml': 'name: Merge\nrequirements:\n  - job: unit\n',
      'results/trunk.json': JSON.stringify({ runs }),
    });
    const out = join(await mkdtemp(join(tmpdir(), 'tollgate-out-')), 'dist');
    const { code, stderr } = runScript('build', ['--out', out], { TOLLGATE_CONTENT: root, SOURCE_DATE_EPOCH: '1795521600', CI: 'true' });
    expect(code, stderr).toBe(0);
    const dashboard = await readFile(join(out, 'promotion', 'index.html'), 'utf8');
    const rows = [...dashboard.matchAll(/<th scope="row"[^>]*><a href="[^"]*promotion\/candidates\/(trunk-\d+)\/"/g)].map((m) => m[1]);
    expect(rows).toHaveLength(100);
    expect([rows[0], rows.at(-1)]).toEqual(['trunk-104', 'trunk-005']);
    expect(dashboard.replace(/\s+/g, ' ')).toContain('The newest 100 of 105 candidates.');
    expect(existsSync(join(out, 'promotion', 'candidates', 'trunk-000', 'index.html'))).toBe(true);
    // A broken build's page names the first ten failing cases, and how many more the JSON holds.
    const broken = (await readFile(join(out, 'promotion', 'candidates', 'trunk-104', 'index.html'), 'utf8')).replace(/\s+/g, ' ');
    expect(broken).toContain('case-9: failed');
    expect(broken).not.toContain('case-10: failed');
    expect(broken).toContain('and 15 more failing test cases (all in the JSON API)');
    const json = JSON.parse(await readFile(join(out, 'api', 'v1', 'candidates', 'trunk-104.json'), 'utf8')) as { candidate: { levels: { requirements: { evidence: { failing_cases: unknown[] }[] }[] }[] } };
    expect(json.candidate.levels[0]!.requirements[0]!.evidence[0]!.failing_cases).toHaveLength(25);
  });
  it('shows a release\'s readiness without claiming anything of the projects no review lists', { timeout: 240_000 }, async () => {
    const project = (name: string) => `---\nname: ${name}\ndescription: D.\nlifecycle: mature\n---\n`;
    const release = (name: string, projects: string) => `---\nname: ${name}\ntype: ga\nprojects: [${projects}]\nmilestones:\n  - id: freeze\n    name: Feature freeze\n    date: 2026-11-01\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-12-20\n---\n`;
    const root = await makeContent({
      'people/ana.yaml': 'name: Ana Lima\n',
      'projects/p.md': project('Pulse'),
      'projects/q.md': project('Quill'),
      'projects/x.md': project('Extra'),
      'releases/r.md': release('R', 'p, q'),
      'releases/s.md': release('S', ''),
      'reviews/r-freeze.yaml': 'release: r\nmilestone: freeze\ndate: 2026-11-02\nprojects:\n  - project: p\n    status: done\n  - project: x\n    status: done\n',
      'reviews/s-freeze.yaml': 'release: s\nmilestone: freeze\ndate: 2026-11-02\nsignoff:\n  by: ana\n  date: 2026-11-02\n  decision: approved\n',
    });
    const out = join(await mkdtemp(join(tmpdir(), 'tollgate-out-')), 'dist');
    const { code, stderr } = runScript('build', ['--out', out], { TOLLGATE_CONTENT: root, SOURCE_DATE_EPOCH: '1795521600', CI: 'true' });
    expect(code, stderr).toBe(0);
    const reviews = async (id: string) => {
      const html = await readFile(join(out, 'releases', id, 'index.html'), 'utf8');
      return html.slice(html.indexOf('id="reviews"'), html.indexOf('<h3'));
    };
    const words = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const r = await reviews('r');
    expect(words(r)).toContain('Not in any review yet: Quill.');
    expect(words(r)).toContain('every project reviewed had done what was asked');
    expect(words(r)).toMatch(/Extra not taking part in this release done/);
    const s = await reviews('s');
    expect(words(s)).toContain('No project takes part in this release, and its reviews list none.');
    expect(s).not.toContain('<table');
  });
});
