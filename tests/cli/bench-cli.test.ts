import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/community.ts';
import { validateContent } from '../../src/core/validate/validate.ts';
import { runScript } from '../helpers/run.ts';

describe('npm run bench -- promotion', () => {
  it('generates results, times both phases and prints every figure with the two verdicts', { timeout: 60_000 }, () => {
    const { code, stdout, stderr } = runScript('bench', ['promotion', '--candidates', '40', '--jobs', '8', '--runs', '1200', '--rounds', '1']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^generated 1200 runs of 40 candidates and 8 jobs: [\d.]+ MiB of JSON in 40 files/);
    for (const figure of [/floor \(read \+ JSON\.parse\) +\d+ ms +peak RSS \d+ MiB/, /load with schema validation +\d+ ms +\(-?\d+ ms over the floor, \+-?\d+% of the floor\)/, /decisions for 40 +candidates +\d+ ms +\(\+\d+% of the floor\)/, /ratio real \/ floor, within a round +\d+\.\d\d +\(rounds from \d+\.\d\d to \d+\.\d\d\)/]) {
      expect(stdout).toMatch(figure);
    }
    expect(stdout).toMatch(/goal (met    |NOT met) {2}time: real ≤ 1\.5 × floor/);
    expect(stdout).toMatch(/goal (met    |NOT met) {2}memory: every process under 1 GiB/);
    // Every candidate is counted once, at the highest level it reached.
    const reached = /highest level reached: (.*)/.exec(stdout)![1]!.split(', ').map((entry) => Number(entry.split(' ')[1]));
    expect(reached.reduce((sum, n) => sum + n, 0)).toBe(40);
  });

  it('generates a community that is valid as a whole, so that it builds as a portal too', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tollgate-bench-test-'));
    try {
      await generate(root, 30, 8, 600, Date.parse('2026-11-24T12:00:00Z'));
      const { content, diagnostics } = await validateContent(root);
      expect(diagnostics).toEqual([]);
      expect(content.results).toHaveLength(30);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('gives every level a job for any --jobs from 4 up, so that the community stays valid', async () => {
    for (const jobs of [4, 5, 6, 7]) {
      const root = await mkdtemp(join(tmpdir(), 'tollgate-bench-test-'));
      try {
        await generate(root, 6, jobs, 120, Date.parse('2026-11-24T12:00:00Z'));
        const { content, diagnostics } = await validateContent(root);
        expect(diagnostics, `${jobs} jobs`).toEqual([]);
        const required = content.levels.flatMap((level) => level.data.requirements.map((r) => r.job));
        expect(content.levels.every((level) => level.data.requirements.length > 0), `${jobs} jobs`).toBe(true);
        expect(new Set(required).size, `${jobs} jobs`).toBe(jobs);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    }
  });

  it('keeps the default levels as they were: 20 jobs, five to a level, in order', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tollgate-bench-test-'));
    try {
      await generate(root, 2, 20, 40, Date.parse('2026-11-24T12:00:00Z'));
      const jobsOf = async (level: string) => [...(await readFile(join(root, 'promotion', `${level}.yaml`), 'utf8')).matchAll(/^ {2}- job: (\S+)$/gm)].map((m) => m[1]);
      expect(await jobsOf('merge')).toEqual(['job-01', 'job-02', 'job-03', 'job-04', 'job-05']);
      expect(await jobsOf('stable')).toEqual(['job-16', 'job-17', 'job-18', 'job-19', 'job-20']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('refuses fewer jobs than levels before generating anything', () => {
    const few = runScript('bench', ['promotion', '--jobs', '3']);
    expect(few).toMatchObject({ code: 2, stdout: '' });
    expect(few.stderr).toMatch(/^--jobs 3 is too few: each of the 4 promotion levels needs a job \(give 4 or more\)\nusage: /);
  });

  it('refuses an unknown benchmark or a bad number in one line', () => {
    expect(runScript('bench', ['promotions'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^unknown benchmark "promotions"/) });
    const bad = runScript('bench', ['promotion', '--runs', 'many']);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringMatching(/^"many" is not a positive whole number/) });
    expect(bad.stderr).not.toContain('    at ');
  });
});
