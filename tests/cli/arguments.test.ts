import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentDir, resolveUserPath } from '../../src/core/settings.ts';
import { makeContent } from '../helpers/content.ts';
import { runScript } from '../helpers/run.ts';

const broken = { 'releases/r.md': '---\nname: R\ntype: gaa\nmilestones:\n  - id: rel\n    name: Release\n    date: 2026-03-05\n---\n' };

describe('arguments a script does not take', () => {
  it('are refused with exit 2, suggesting --content where the script has one', () => {
    const validate = runScript('validate', ['extra']);
    expect(validate).toMatchObject({ code: 2, stdout: '' });
    expect(validate.stderr).toBe('unexpected argument "extra"; did you mean --content extra?\nusage: npm run validate -- [--content DIR] [--format text|json|github]\n');

    const build = runScript('build', ['/nope/my-content']);
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/^unexpected argument "\/nope\/my-content"; did you mean --content \/nope\/my-content\?\nusage: npm run build/);
  });

  it('are refused without a suggestion where there is no --content', () => {
    expect(runScript('schema', ['schemas'])).toMatchObject({ code: 2, stderr: 'unexpected argument "schemas"\nusage: npm run schema -- [--out DIR]\n' });
    expect(runScript('bench', ['promotion', 'fast'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^unexpected argument "fast"\nusage: npm run bench/) });
  });
});

describe('the content folder', () => {
  it('is refused when it is a file, naming it, with exit 2', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'tollgate-args-')), 'mk.sh');
    await writeFile(file, 'echo\n');
    const { code, stdout, stderr } = runScript('validate', ['--content', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^content folder ${file} is a file, not a folder\\nhint: pass --content DIR`));
    expect(stderr).not.toContain('portal.yaml is missing');
  });

  it('counts an empty TOLLGATE_CONTENT as unset', () => {
    expect(resolveContentDir(undefined, { TOLLGATE_CONTENT: '' })).toBe(resolve('content'));
    expect(resolveContentDir(undefined, {})).toBe(resolve('content'));
  });
});

describe('paths typed by the user', () => {
  it('are read from where npm was run (INIT_CWD), not from the package root', async () => {
    const root = await makeContent(broken);
    const { code, stdout } = runScript('validate', ['--content', '.'], { INIT_CWD: root });
    expect(code).toBe(1);
    // Shown relative to that folder too, so that a terminal there opens them.
    expect(stdout).toMatch(/^releases\/r\.md:3:7 {2}error/);
    expect(runScript('validate', [], { INIT_CWD: dirname(root), TOLLGATE_CONTENT: basename(root) }).code).toBe(1);
  });

  it('resolve against INIT_CWD when npm set it, else the working directory', () => {
    expect(resolveUserPath('r.xml', { INIT_CWD: '/work/content/sub' })).toBe('/work/content/sub/r.xml');
    expect(resolveUserPath('/abs/r.xml', { INIT_CWD: '/work' })).toBe('/abs/r.xml');
    expect(resolveUserPath('r.xml', {})).toBe(resolve('r.xml'));
    expect(resolveContentDir('my-content', { INIT_CWD: '/work/sub' })).toBe('/work/sub/my-content');
    expect(resolveContentDir(undefined, { INIT_CWD: '/work/sub', TOLLGATE_CONTENT: '../c' })).toBe('/work/c');
  });

  it('leave the default content folder in the project', () => {
    // From a subfolder, `npm run validate` still means the project's own content/.
    expect(resolveContentDir(undefined, { INIT_CWD: '/work/main/content/sub' })).toBe(resolve('content'));
  });

  it('write the schemas where the user asked', async () => {
    const place = await mkdtemp(join(tmpdir(), 'tollgate-args-'));
    await mkdir(join(place, 'sub'));
    expect(runScript('schema', ['--out', 'editor'], { INIT_CWD: join(place, 'sub') }).code).toBe(0);
    expect(await readdir(join(place, 'sub', 'editor'))).toContain('releases.json');
  });
});
