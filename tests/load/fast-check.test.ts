import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileFastCheck } from '../../src/core/load/fast-check.ts';
import { loadContent } from '../../src/core/load/load.ts';
import { resultFileSchema } from '../../src/core/schemas/results.ts';

const sample = join(import.meta.dirname, '../../content');
const check = compileFastCheck(resultFileSchema)!;

/** A result file with one run; `run` and `testCase` override its fields. */
const resultFile = (run: Record<string, unknown> = {}, testCase: Record<string, unknown> = {}) => ({
  runs: [{
    candidate: 'trunk-1', job: 'unit', startedAt: '2026-11-20T10:00:00Z', outcome: 'passed',
    url: 'https://ci.example.org/1/', cases: [{ name: 'a', outcome: 'passed', ...testCase }], ...run,
  }],
});

/** The fast check's verdict, and the data it leaves behind, next to zod's. */
function bothWays(data: unknown) {
  const inPlace = structuredClone(data);
  return { accepted: check(inPlace), inPlace, zod: resultFileSchema.safeParse(structuredClone(data)) };
}

describe('sample results', () => {
  it('accepts every sample result file and leaves exactly what zod returns', async () => {
    const dir = join(sample, 'results');
    const files = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) {
      const data: unknown = JSON.parse(await readFile(join(dir, name), 'utf8'));
      const { accepted, inPlace, zod } = bothWays(data);
      expect(accepted, name).toBe(true);
      expect(inPlace, name).toStrictEqual(zod.data);
    }
  });

  it('loads the sample content the same as zod alone does', async () => {
    const { content, diagnostics } = await loadContent(sample);
    expect(diagnostics.filter((d) => d.file.startsWith('results/'))).toEqual([]);
    expect(content.results.length).toBeGreaterThan(3);
    for (const entry of content.results) {
      const raw: unknown = JSON.parse(await readFile(join(sample, entry.file), 'utf8'));
      expect(entry.data, entry.file).toStrictEqual(resultFileSchema.parse(raw));
    }
  });
});

describe('defaults', () => {
  it('fills in `cases` as zod would, a list of its own for each run', () => {
    const withoutCases = resultFile();
    delete (withoutCases.runs[0] as { cases?: unknown }).cases;
    for (const data of [withoutCases, resultFile()]) {
      const { accepted, inPlace, zod } = bothWays(data);
      expect(accepted).toBe(true);
      expect(inPlace).toStrictEqual(zod.data);
    }
    const twoRuns = { runs: [...withoutCases.runs, ...structuredClone(withoutCases).runs] };
    check(twoRuns);
    expect(twoRuns.runs[0]!.cases).toEqual([]);
    expect(twoRuns.runs[0]!.cases).not.toBe(twoRuns.runs[1]!.cases);
  });
});

describe('where JSON Schema alone would differ from zod', () => {
  it.each([
    ['a blank test name', {}, { name: '   ' }, false],
    ['an unknown field', { colour: 'blue' }, {}, false],
    ['a negative retry count', {}, { retries: -1 }, false],
    ['a fractional retry count', {}, { retries: 1.5 }, false],
    ['an impossible date', { startedAt: '2026-02-30T10:00:00Z' }, {}, false],
  ])('leaves %s to zod', (_, run, testCase, zodAccepts) => {
    const { accepted, zod } = bothWays(resultFile(run, testCase));
    expect(accepted).toBe(false);
    expect(zod.success).toBe(zodAccepts);
  });

  it('applies a regex flag that a JSON Schema pattern cannot carry', () => {
    const hex = z.strictObject({ commit: z.string().regex(/^[0-9a-f]{7,64}$/i) });
    const check = compileFastCheck(hex)!;
    for (const commit of ['ABCDEF1234', 'abcdef1', 'XYZ1234']) expect(check({ commit }), commit).toBe(hex.safeParse({ commit }).success);
  });

  it('checks URLs natively, with the same pattern zod uses', () => {
    for (const url of ['https://ci.example.org/1/', 'HTTPS://ci.example.org/1/', 'ftp://ci.example.org/1/', 'https://ci.example.org/a b']) {
      const { accepted, zod } = bothWays(resultFile({ url }));
      expect(accepted, url).toBe(zod.success);
    }
  });

  it('checks times with zod\'s own pattern, which accepts a time without a zone', () => {
    const { accepted, zod } = bothWays(resultFile({ startedAt: '2026-11-20T10:00:00' }));
    expect([accepted, zod.success]).toEqual([true, true]);
  });

  it('runs a refinement as zod itself', () => {
    const even = compileFastCheck(z.strictObject({ n: z.number().refine((n) => n % 2 === 0) }))!;
    expect([even({ n: 2 }), even({ n: 3 })]).toEqual([true, false]);
  });

  it('accepts no unknown key in a plain object, whose unknown keys zod drops', () => {
    const plain = compileFastCheck(z.object({ a: z.string() }))!;
    expect([plain({ a: 'x' }), plain({ a: 'x', b: 1 })]).toEqual([true, false]);
  });

  it('counts string lengths in characters, as zod does', () => {
    const short = z.strictObject({ s: z.string().max(3) });
    const check = compileFastCheck(short)!;
    for (const s of ['abc', '😀😀😀', 'abcd', '😀😀😀😀']) expect(check({ s }), s).toBe(short.safeParse({ s }).success);
  });

  it('gives no fast check for a schema with a transform', () => {
    expect(compileFastCheck(z.strictObject({ a: z.string().transform((s) => s.length) }))).toBeUndefined();
    expect(compileFastCheck(z.strictObject({ a: z.union([z.string(), z.number()]) }))).toBeUndefined();
  });
});
