import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFiles } from '../../src/core/load/files.ts';
import type { Diagnostic } from '../../src/core/validate/diagnostic.ts';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tollgate-files-'));
  for (const file of ['results/b.json', 'results/a.json', 'results/ci/nightly/z.json', 'results/ci/x.json', 'results/notes.txt', 'portal.yaml']) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), '{}');
  }
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('finding the files of a content type', () => {
  it('lists a folder and the folders below it, with paths and ids written with "/", in code-unit order', async () => {
    expect(await findFiles(root, { dir: 'results', extensions: ['.json'], recursive: true })).toEqual([
      { file: 'results/a.json', id: 'a' },
      { file: 'results/b.json', id: 'b' },
      { file: 'results/ci/nightly/z.json', id: 'ci/nightly/z' },
      { file: 'results/ci/x.json', id: 'ci/x' },
    ]);
  });

  it('stays in the folder itself unless the type reads the folders below it', async () => {
    expect(await findFiles(root, { dir: 'results', extensions: ['.json'] })).toEqual([
      { file: 'results/a.json', id: 'a' },
      { file: 'results/b.json', id: 'b' },
    ]);
  });

  it('finds a root path given with a trailing separator alike', async () => {
    expect(await findFiles(`${root}/`, { dir: 'results', extensions: ['.txt'], recursive: true })).toEqual([{ file: 'results/notes.txt', id: 'notes' }]);
  });

  it('finds nothing in a folder that is not there, and single files by name', async () => {
    expect(await findFiles(root, { dir: 'reviews', extensions: ['.yaml'] })).toEqual([]);
    expect(await findFiles(root, { file: 'portal.yaml' })).toEqual([{ file: 'portal.yaml', id: 'portal' }]);
    expect(await findFiles(root, { file: 'glossary.yaml' })).toEqual([]);
  });
});

describe('links and folders that cannot be listed', () => {
  let linked: string;

  beforeAll(async () => {
    linked = await mkdtemp(join(tmpdir(), 'tollgate-links-'));
    for (const file of ['projects/real.md', 'elsewhere/relay.md', 'elsewhere/nested/deep.json', 'results/own.json', 'people']) {
      await mkdir(join(linked, file, '..'), { recursive: true });
      await writeFile(join(linked, file), '');
    }
    await symlink(join(linked, 'elsewhere/relay.md'), join(linked, 'projects/relay.md'));
    await symlink(join(linked, 'nowhere.md'), join(linked, 'projects/broken.md'));
    await symlink(join(linked, 'elsewhere'), join(linked, 'projects/folder.md'));
    await symlink(join(linked, 'elsewhere'), join(linked, 'results/linked'));
  });

  afterAll(() => rm(linked, { recursive: true, force: true }));

  it('lists links to files, and links that lead nowhere or to a folder, for reading to report', async () => {
    expect((await findFiles(linked, { dir: 'projects', extensions: ['.md'] })).map((f) => f.file)).toEqual([
      'projects/broken.md', 'projects/folder.md', 'projects/real.md', 'projects/relay.md',
    ]);
  });

  it('does not follow a link to a folder, which could loop', async () => {
    expect(await findFiles(linked, { dir: 'results', extensions: ['.json'], recursive: true })).toEqual([{ file: 'results/own.json', id: 'own' }]);
  });

  it('reports a folder it cannot list, once, instead of taking it for an empty one', async () => {
    const problems: Diagnostic[] = [];
    expect(await findFiles(linked, { dir: 'people', extensions: ['.yaml'] }, problems)).toEqual([]);
    expect(problems).toMatchObject([{ file: 'people', line: 1, column: 1, severity: 'error', rule: 'unreadable', message: 'this is a file, where a folder of content files belongs' }]);
    await expect(findFiles(linked, { dir: 'people', extensions: ['.yaml'] })).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});
