import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeAll, WriteError } from '../../src/core/results/write-all.ts';

/** The target whose rename fails, as one would if something took its place after the checks. */
let failingTarget: string | undefined;
/** A second target whose rename back (putting an earlier result back) fails too. */
let failingRestore: string | undefined;

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (to === failingTarget) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, rename '${from}' -> '${to}'`), { code: 'EISDIR' });
      if (to === failingRestore && from.endsWith('.earlier')) throw Object.assign(new Error(`EBUSY: resource busy, rename '${from}' -> '${to}'`), { code: 'EBUSY' });
      return actual.rename(from, to);
    },
  };
});

afterEach(() => {
  failingTarget = undefined;
  failingRestore = undefined;
});

describe('a rename that fails after every check passed', () => {
  it('removes what this run wrote, puts earlier results back and says so in one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tollgate-write-'));
    await writeFile(join(dir, 'a.json'), 'earlier a\n');
    failingTarget = join(dir, 'c.json');
    const error = await writeAll(dir, [{ name: 'a.json', data: { a: 1 } }, { name: 'b.json', data: { b: 1 } }, { name: 'c.json', data: { c: 1 } }]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as Error).message).toBe(`cannot write the result files to ${dir}: a folder took the place of a result file; move it away and import again (nothing written)`);
    expect(await readdir(dir)).toEqual(['a.json']);
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('earlier a\n');
  });

  it('keeps an earlier result under its second name when it cannot be put back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tollgate-write-'));
    await writeFile(join(dir, 'a.json'), 'earlier a\n');
    failingTarget = join(dir, 'c.json');
    failingRestore = join(dir, 'a.json');
    await writeAll(dir, [{ name: 'a.json', data: { a: 1 } }, { name: 'c.json', data: { c: 1 } }]).catch(() => undefined);
    const kept = (await readdir(dir)).filter((name) => name.endsWith('.earlier'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir, kept[0]!), 'utf8')).toBe('earlier a\n');
  });

  it('leaves only the new files when everything works', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tollgate-write-'));
    await writeFile(join(dir, 'a.json'), 'earlier a\n');
    const written = await writeAll(dir, [{ name: 'a.json', data: { a: 2 } }, { name: 'b.json', data: { b: 2 } }]);
    expect(written).toEqual([join(dir, 'a.json'), join(dir, 'b.json')]);
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'b.json']);
    expect(JSON.parse(await readFile(join(dir, 'a.json'), 'utf8'))).toEqual({ a: 2 });
  });
});
