import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultFileSchema } from '../../src/core/schemas/results.ts';

const repo = resolve(import.meta.dirname, '../..');
const node = join(repo, 'node_modules/.bin/node');
const fixture = (name: string) => `tests/fixtures/junit/${name}`;

/** Runs `npm run import` the way a user would, from the repository root. */
const runImport = (...args: string[]) => runImportFrom(repo, ...args);

/** Runs `npm run import` as npm does when the user is in `where`: in the package root, with INIT_CWD saying where they are. */
function runImportFrom(where: string, ...args: string[]) {
  const child = spawnSync(node, ['scripts/import.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, TOLLGATE_CONTENT: undefined, INIT_CWD: where },
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr, lines: child.stderr.trimEnd().split('\n') };
}

const tempDir = () => mkdtemp(join(tmpdir(), 'tollgate-import-'));
const listing = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).sort();
const readResult = async (path: string) => resultFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));

describe('a successful import', () => {
  it('writes one valid result file per report, named by candidate, job, environment and report', async () => {
    const out = await tempDir();
    const { code, stdout } = runImport(
      'junit', fixture('surefire-reruns.xml'), fixture('pytest.xml'),
      '--candidate', 'snap-2026.03.03', '--job', 'integration', '--env', 'x86-64',
      '--version', '2026.3', '--commit', 'ABCDEF1', '--url', 'https://ci.example.org/job/42', '--out', out,
    );
    expect(code).toBe(0);
    expect(await listing(out)).toEqual(['snap-2026.03.03--integration--x86-64--pytest.json', 'snap-2026.03.03--integration--x86-64--surefire-reruns.json']);
    expect(stdout).toContain('(errored, 5 tests: 3 passed (2 flaky), 1 failed, 1 errored, 0 skipped)');

    const { runs } = await readResult(join(out, 'snap-2026.03.03--integration--x86-64--surefire-reruns.json'));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      candidate: 'snap-2026.03.03', job: 'integration', environment: 'x86-64', version: '2026.3', commit: 'ABCDEF1',
      url: 'https://ci.example.org/job/42', startedAt: '2026-03-03T08:00:00.000Z', finishedAt: '2026-03-03T08:00:12.000Z', outcome: 'errored',
    });
    expect(runs[0]!.cases).toHaveLength(5);
  });

  it('writes to the content folder\'s results/ by default and replaces its own earlier result', async () => {
    const content = await tempDir();
    const args = ['junit', fixture('go-junit-report.xml'), '--candidate', 'c1', '--job', 'unit', '--content', content];
    expect(runImport(...args).code).toBe(0);
    expect(runImport(...args).code).toBe(0);
    expect(await listing(join(content, 'results'))).toEqual(['c1--unit--go-junit-report.json']);
  });

  it('tells apart reports that share a file name', async () => {
    const [work, out] = await Promise.all([tempDir(), tempDir()]);
    for (const dir of ['api', 'web']) {
      await mkdir(join(work, dir, 'target'), { recursive: true });
      await copyFile(join(repo, fixture('jest-junit.xml')), join(work, dir, 'target', 'TEST-report.xml'));
    }
    const { code } = runImport('junit', join(work, 'api/target/TEST-report.xml'), join(work, 'web/target/TEST-report.xml'), '--candidate', 'c1', '--job', 'unit', '--out', out);
    expect(code).toBe(0);
    expect(await listing(out)).toEqual(['c1--unit--api-target-test-report.json', 'c1--unit--web-target-test-report.json']);
  });

  it('dates a report without timestamps by its modification time, or by --started', async () => {
    const [work, out] = await Promise.all([tempDir(), tempDir()]);
    const copy = join(work, 'ui.xml');
    await copyFile(join(repo, fixture('cdata-messages.xml')), copy);
    await utimes(copy, new Date('2026-02-01T10:00:00Z'), new Date('2026-02-01T10:00:00Z'));
    expect(runImport('junit', copy, '--candidate', 'c1', '--job', 'ui', '--out', out).code).toBe(0);
    expect((await readResult(join(out, 'c1--ui--ui.json'))).runs[0]).toMatchObject({ startedAt: '2026-02-01T09:59:57.000Z', finishedAt: '2026-02-01T10:00:00.000Z' });

    expect(runImport('junit', copy, '--candidate', 'c1', '--job', 'ui', '--started', '2026-02-02T08:00:00', '--out', out).code).toBe(0);
    expect((await readResult(join(out, 'c1--ui--ui.json'))).runs[0]).toMatchObject({ startedAt: '2026-02-02T08:00:00.000Z', finishedAt: '2026-02-02T08:00:03.000Z' });
  });
});

describe('a failed import writes nothing', () => {
  it('exits 1 with one line for a malformed file', async () => {
    const out = join(await tempDir(), 'results');
    const { code, lines, stdout } = runImport('junit', fixture('malformed.xml'), '--candidate', 'c1', '--job', 'unit', '--out', out);
    expect(code).toBe(1);
    expect(lines).toEqual([
      "tests/fixtures/junit/malformed.xml:6:3: malformed XML: Expected closing tag 'failure' (opened in line 5, col 5) instead of closing tag 'testcase'.",
    ]);
    expect(stdout).toBe('');
    expect(await listing(out)).toEqual([]);
  });

  it('lists every failing file and writes none of the good ones', async () => {
    const out = await tempDir();
    const { code, lines } = runImport(
      'junit', fixture('jest-junit.xml'), fixture('billion-laughs.xml'), fixture('not-junit.xml'), 'tests/fixtures/junit/missing.xml', 'tests/fixtures',
      '--candidate', 'c1', '--job', 'unit', '--out', out,
    );
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^tests\/fixtures\/junit\/billion-laughs\.xml:2:1: refused: the report declares <!DOCTYPE>/),
      'tests/fixtures/junit/not-junit.xml: not a JUnit report: the root element is <coverage>, expected <testsuites> or <testsuite>',
      'tests/fixtures/junit/missing.xml: file not found',
      'tests/fixtures: is a folder; name the XML files in it (e.g. reports/*.xml)',
      'nothing written: the other 1 report(s) are imported once every file reads',
    ]);
    expect(await listing(out)).toEqual([]);
  });
});

describe('paths typed by the user', () => {
  it('reads reports and writes --out where the user ran npm, not in the package root', async () => {
    const work = await tempDir();
    await mkdir(join(work, 'sub'));
    await copyFile(join(repo, fixture('pytest.xml')), join(work, 'sub', 'r.xml'));
    const { code, stdout } = runImportFrom(join(work, 'sub'), 'junit', 'r.xml', '--candidate', 'c1', '--job', 'unit', '--out', '../results');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^r\.xml → \.\.\/results\/c1--unit--r\.json \(errored, 7 tests/);
    expect(await listing(join(work, 'results'))).toEqual(['c1--unit--r.json']);
  });
});

describe('the output folder', () => {
  it('is never created for a content folder that does not exist', async () => {
    const missing = join(await tempDir(), 'nonexistent-content');
    const { code, lines } = runImport('junit', fixture('pytest.xml'), '--candidate', 'c1', '--job', 'unit', '--content', missing);
    expect(code).toBe(2);
    expect(lines[0]).toBe(`content folder not found: ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });

  it('may be a new folder when given with --out', async () => {
    const out = join(await tempDir(), 'new', 'results');
    expect(runImport('junit', fixture('pytest.xml'), '--candidate', 'c1', '--job', 'unit', '--out', out).code).toBe(0);
    expect(await listing(out)).toEqual(['c1--unit--pytest.json']);
  });

  it('is refused in one line when --out names a file', async () => {
    const file = join(await tempDir(), 'mk.sh');
    await writeFile(file, 'echo\n');
    const { code, lines } = runImport('junit', fixture('pytest.xml'), '--candidate', 'c1', '--job', 'unit', '--out', file);
    expect(code).toBe(2);
    expect(lines).toEqual([`--out ${file} is a file, not a folder: name a folder for the result files (a new one is created)`]);
  });

  it('that cannot be written is named in one line, without an error code or a temporary file name', async () => {
    // As root, permissions do not stop a write: /sys refuses new folders to everyone.
    const out = process.getuid?.() === 0 ? '/sys/tollgate-import-test/results' : join(await tempDir(), 'locked', 'results');
    if (!out.startsWith('/sys')) await mkdir(dirname(out), { mode: 0o555 });
    const { code, lines } = runImport('junit', fixture('pytest.xml'), '--candidate', 'c1', '--job', 'unit', '--out', out);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^cannot write the result files to ${out}: (permission denied|the file system is read-only); `));
    expect(lines[0]).not.toMatch(/EACCES|EPERM|EROFS|\.tmp|tollgate: /);
  });
});

describe('every file or none', () => {
  it('checks every target before writing: a folder in the way of the second leaves the first unwritten and earlier results as they were', async () => {
    const out = await tempDir();
    await writeFile(join(out, 'c1--unit--jest-junit.json'), 'earlier result\n');
    await mkdir(join(out, 'c1--unit--pytest.json'));
    const { code, lines, stdout } = runImport('junit', fixture('jest-junit.xml'), fixture('pytest.xml'), '--candidate', 'c1', '--job', 'unit', '--out', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(lines).toEqual([`cannot write ${join(out, 'c1--unit--pytest.json')}: a folder is in the way; move it away and import again (nothing written)`]);
    expect(await readFile(join(out, 'c1--unit--jest-junit.json'), 'utf8')).toBe('earlier result\n');
    expect((await readdir(out)).sort()).toEqual(['c1--unit--jest-junit.json', 'c1--unit--pytest.json']);
  });
});

describe('reports without test cases', () => {
  it('are imported as passed, with a warning naming the file that nothing was tested', async () => {
    const [work, out] = await Promise.all([tempDir(), tempDir()]);
    await writeFile(join(work, 'empty.xml'), '<testsuites/>\n');
    const { code, stdout, stderr } = runImport('junit', join(work, 'empty.xml'), fixture('empty-suite.xml'), '--candidate', 'c1', '--job', 'unit', '--out', out);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `${join(work, 'empty.xml')}: warning: the report has no test cases, so the run counts as passed with nothing tested\n` +
      'tests/fixtures/junit/empty-suite.xml: warning: the report has no test cases, so the run counts as passed with nothing tested\n',
    );
    expect(stdout).toContain('(passed, 0 tests: 0 passed, 0 failed, 0 errored, 0 skipped)');
    expect(await listing(out)).toEqual(['c1--unit--empty-suite.json', 'c1--unit--empty.json']);
  });

  it('counts one test in the singular', async () => {
    const [work, out] = await Promise.all([tempDir(), tempDir()]);
    await writeFile(join(work, 'one.xml'), '<testsuite name="s"><testcase name="a"/></testsuite>\n');
    expect(runImport('junit', join(work, 'one.xml'), '--candidate', 'c1', '--job', 'unit', '--out', out).stdout).toContain('(passed, 1 test: 1 passed, 0 failed, 0 errored, 0 skipped)');
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['junit', fixture('pytest.xml'), '--candidate', 'c1'], '--job is required'],
    [['junit', '--candidate', 'c1', '--job', 'unit'], 'no report files given'],
    [['xunit', fixture('pytest.xml'), '--candidate', 'c1', '--job', 'unit'], 'unknown report format "xunit": only "junit" is supported'],
    [['junit', fixture('pytest.xml'), '--candidate', 'My Build', '--job', 'unit'], '--candidate must be lower-case letters'],
    [['junit', fixture('pytest.xml'), '--candidate', 'c1', '--job', 'unit', '--commit', 'main'], '--commit must be a hexadecimal commit hash'],
    [['junit', fixture('pytest.xml'), '--candidate', 'c1', '--job', 'unit', '--started', 'noon'], '--started must be an ISO 8601 date-time'],
    [['junit', fixture('pytest.xml'), '--candidate', 'c1', '--job', 'unit', '--colour'], "Unknown option '--colour'"],
  ])('%j', (args, message) => {
    const { code, stderr } = runImport(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
