import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFiles } from '../../src/core/load/files.ts';

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
