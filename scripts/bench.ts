/**
 * npm run bench -- promotion [--candidates 2000] [--jobs 20] [--runs 200000] [--rounds 5] [--keep]
 *
 * Generates result files (one per candidate) in a temporary content folder,
 * then times, each in a fresh process so that timings and peak memory do not
 * mix:
 *   floor: read every result file and JSON.parse it, nothing else (reading
 *          as the loader does, a few files ahead of the parser);
 *   real:  loadContent (the build's own code path, schema validation included)
 *          and the promotion decisions for every candidate.
 * Goal: the real run adds under 50% to the floor, and stays under 1 GiB.
 * The two phases of a round run back to back and their ratio is taken per
 * round: a shared machine's speed drifts between rounds more than within one.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../src/core/load/load.ts';
import { mapInPool, readAhead } from '../src/core/load/pool.ts';
import { decidePromotions } from '../src/core/promotion/decide.ts';
import { fail, parseOptions, run } from './cli.ts';

const usage = 'npm run bench -- promotion [--candidates N] [--jobs N] [--runs N] [--rounds N] [--keep]';
const goal = { ratio: 1.5, memory: 1024 ** 3 };
/** The generated results end here; decisions are taken at this instant. */
const now = Date.parse('2026-11-24T12:00:00Z');
const hour = 3_600_000;

interface Measure {
  ms: number;
  loadMs?: number;
  decideMs?: number;
  maxRss: number;
  runs: number;
  candidates?: number;
  /** How many candidates stopped at each level ("none" for not even the first), to show what was decided. */
  highest?: Record<string, number>;
}

run(async () => {
  const { values, positionals } = parseOptions(
    {
      candidates: { type: 'string', default: '2000' },
      jobs: { type: 'string', default: '20' },
      runs: { type: 'string', default: '200000' },
      rounds: { type: 'string', default: '5' },
      keep: { type: 'boolean', default: false },
      phase: { type: 'string' },
      dir: { type: 'string' },
    },
    usage,
  );
  if (values.phase) return measurePhase(values.phase, values.dir ?? fail('--phase needs --dir', 2));
  if (positionals[0] !== 'promotion') fail(`unknown benchmark "${positionals[0] ?? ''}"; the one benchmark is "promotion"\nusage: ${usage}`, 2);
  const [candidates, jobs, runs, rounds] = [values.candidates, values.jobs, values.runs, values.rounds].map((v) => {
    const n = Number(v);
    return Number.isInteger(n) && n > 0 ? n : fail(`"${v}" is not a positive whole number\nusage: ${usage}`, 2);
  }) as [number, number, number, number];

  const root = await mkdtemp(join(tmpdir(), 'tollgate-bench-'));
  try {
    const started = performance.now();
    const size = await generate(root, candidates, jobs, runs);
    process.stdout.write(`generated ${runs} runs of ${candidates} candidates and ${jobs} jobs: ${(size / 1024 ** 2).toFixed(1)} MiB of JSON in ${candidates} files (${ms(performance.now() - started)})\n`);
    const floors: Measure[] = [];
    const reals: Measure[] = [];
    for (let round = 0; round < rounds; round++) {
      floors.push(child('floor', root));
      reals.push(child('real', root));
    }
    report(median(floors), median(reals), reals.map((real, i) => real.ms / floors[i]!.ms), rounds);
  } finally {
    if (values.keep) process.stdout.write(`kept ${root}\n`);
    else await rm(root, { recursive: true, force: true });
  }
});

/** One phase in a fresh process, so that its peak memory is its own. */
function child(phase: 'floor' | 'real', dir: string): Measure {
  const result = spawnSync(process.execPath, ['--max-old-space-size=4096', process.argv[1]!, '--phase', phase, '--dir', dir], { encoding: 'utf8' });
  if (result.status !== 0) fail(`the ${phase} phase failed: ${result.stderr.trim().split('\n')[0]}`);
  return JSON.parse(result.stdout) as Measure;
}

async function measurePhase(phase: string, root: string): Promise<void> {
  const start = performance.now();
  let measure: Omit<Measure, 'maxRss'>;
  if (phase === 'floor') {
    const dir = join(root, 'results');
    const names = await readdir(dir, { recursive: true });
    // Read as the loader reads, so that the two differ only by what the loader does beyond that.
    const json = names.filter((n) => n.endsWith('.json'));
    const parsed = await mapInPool(json, readAhead, async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as { runs: unknown[] });
    measure = { ms: performance.now() - start, runs: parsed.reduce((sum, file) => sum + file.runs.length, 0) };
  } else if (phase === 'real') {
    const { content, diagnostics } = await loadContent(root);
    if (diagnostics.length) throw new Error(`generated content has problems: ${diagnostics[0]!.file}:${diagnostics[0]!.line} ${diagnostics[0]!.message}`);
    const loaded = performance.now();
    const model = decidePromotions(content, { now });
    const done = performance.now();
    measure = {
      ms: done - start, loadMs: loaded - start, decideMs: done - loaded, candidates: model.candidates.length,
      highest: Object.fromEntries(['none', ...model.levels.map((l) => l.id)].map((id) => [id, model.candidates.filter((c) => (c.highestLevel ?? 'none') === id).length])),
      runs: content.results.reduce((sum, file) => sum + file.data.runs.length, 0),
    };
  } else {
    fail(`unknown phase "${phase}"`, 2);
  }
  // maxRSS is in KiB on Linux and macOS.
  process.stdout.write(JSON.stringify({ ...measure, maxRss: process.resourceUsage().maxRSS * 1024 }));
}

function report(floor: Measure, real: Measure, ratios: number[], rounds: number): void {
  const ratio = medianOf(ratios);
  const peak = Math.max(floor.maxRss, real.maxRss, process.resourceUsage().maxRSS * 1024);
  const met = (ok: boolean) => (ok ? 'met    ' : 'NOT met');
  const lines = [
    `median of ${rounds} round(s), each phase in a fresh process:`,
    `  floor (read + JSON.parse)            ${ms(floor.ms).padStart(9)}   peak RSS ${mib(floor.maxRss)}`,
    `  real (loadContent + decisions)       ${ms(real.ms).padStart(9)}   peak RSS ${mib(real.maxRss)}`,
    `    load with schema validation        ${ms(real.loadMs!).padStart(9)}   (${ms(real.loadMs! - floor.ms)} over the floor)`,
    `    decisions for ${String(real.candidates).padEnd(5)} candidates    ${ms(real.decideMs!).padStart(9)}`,
    `      highest level reached: ${Object.entries(real.highest!).map(([level, n]) => `${level} ${n}`).join(', ')}`,
    `  ratio real / floor, within a round   ${ratio.toFixed(2).padStart(9)}   (rounds from ${Math.min(...ratios).toFixed(2)} to ${Math.max(...ratios).toFixed(2)})`,
    `goal ${met(ratio <= goal.ratio)}  time: real ≤ ${goal.ratio} × floor (${ratio.toFixed(2)} ×, +${Math.round((ratio - 1) * 100)}% over the floor)`,
    `goal ${met(peak < goal.memory)}  memory: every process under 1 GiB (peak ${mib(peak)})`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function median(measures: Measure[]): Measure {
  return [...measures].sort((a, b) => a.ms - b.ms)[Math.floor(measures.length / 2)]!;
}

function medianOf(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

const ms = (value: number) => `${Math.round(value)} ms`;
const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;

/**
 * Writes a content folder shaped like a busy community's: four levels over
 * `jobCount` jobs with every threshold kind, per-environment requirements,
 * waivers, and `runCount` runs spread over the candidates, with retries,
 * failures and test cases. A fixed seed makes every run of the benchmark
 * decide the same data.
 */
async function generate(root: string, candidateCount: number, jobCount: number, runCount: number): Promise<number> {
  const random = seeded(42);
  const jobs = Array.from({ length: jobCount }, (_, i) => `job-${String(i + 1).padStart(2, '0')}`);
  const environments = ['lab-a', 'lab-b', 'lab-c'];
  await mkdir(join(root, 'results'), { recursive: true });
  await mkdir(join(root, 'promotion'));
  await mkdir(join(root, 'waivers'));
  await writeFile(join(root, 'portal.yaml'), 'name: Bench\ndescription: Generated for the promotion benchmark.\nsite: https://example.org\n');
  const quarter = Math.ceil(jobCount / 4);
  const thresholds = ['{ kind: all-pass }', '{ kind: pass-rate, min: 90 }', '{ kind: k-of-last-n, k: 2, n: 3 }', '{ kind: max-flaky, max: 20 }', '{ kind: min-runs, runs: 2 }'];
  const levels = ['merge', 'daily', 'weekly', 'stable'];
  for (const [index, id] of levels.entries()) {
    const requirements = jobs.slice(index * quarter, (index + 1) * quarter).map((job, i) => {
      const extra = i === 0 && index > 0 ? `\n    environments: [${environments.slice(0, 2).join(', ')}]` : i === 1 ? `\n    alternatives: [${jobs[(jobs.indexOf(job) + 1) % jobCount]}]` : '';
      return `  - job: ${job}\n    threshold: ${thresholds[(index + i) % thresholds.length]}${extra}`;
    });
    const after = index === 0 ? '' : `after: ${levels[index - 1]}\n`;
    await writeFile(join(root, 'promotion', `${id}.yaml`), `name: ${id}\n${after}maxAge: ${index < 2 ? '30d' : '120d'}\nflaky: ${index < 2 ? 'allow' : 'block'}\nrequirements:\n${requirements.join('\n')}\n`);
  }
  await writeFile(join(root, 'waivers', 'bench.yaml'), `waivers:\n  - candidate: "stream-1-*"\n    job: ${jobs[5]}\n    reason: known\n    approver: rm\n    expires: 2027-01-01\n  - candidate: "*"\n    test: case-3\n    reason: known\n    approver: rm\n    expires: 2027-01-01\n`);

  // A job runs in its own lab, except the jobs that levels require in two
  // labs (the first of each level after merge), which alternate between them.
  const environmentOf = (job: number, round: number): string =>
    job % quarter === 0 && job >= quarter ? environments[round % 2]! : environments[job % environments.length]!;
  let size = 0;
  const perCandidate = Math.floor(runCount / candidateCount);
  for (let c = 0; c < candidateCount; c++) {
    const stream = `stream-${c % 3}`;
    const candidate = `${stream}-${String(c).padStart(5, '0')}`;
    const born = now - (candidateCount - c) * 2 * hour;
    const runs = [];
    const count = perCandidate + (c < runCount % candidateCount ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const start = born + i * 10 * 60_000 + Math.floor(random() * 60_000);
      const roll = random();
      const outcome = roll < 0.08 ? 'failed' : roll < 0.1 ? 'errored' : 'passed';
      const cases = Array.from({ length: 4 }, (_, k) => ({
        name: `case-${k}`,
        classname: 'bench.suite',
        outcome: outcome === 'failed' && k === 3 ? 'failed' : 'passed',
        time: Math.round(random() * 1000) / 10,
        ...(outcome === 'failed' && k === 3 ? { message: 'assertion failed' } : {}),
        ...(random() < 0.03 ? { retries: 1 } : {}),
      }));
      runs.push({
        candidate, stream, version: `1.0.${c}`, commit: (0x1000000 + c * 7919).toString(16).padStart(12, '0'),
        job: jobs[i % jobCount], environment: environmentOf(i % jobCount, Math.floor(i / jobCount)),
        startedAt: new Date(start).toISOString(), finishedAt: new Date(start + 20 * 60_000).toISOString(),
        outcome, url: `https://ci.example.org/job/${jobs[i % jobCount]}/${c * 1000 + i}/`, cases,
      });
    }
    const text = JSON.stringify({ runs });
    size += text.length;
    await writeFile(join(root, 'results', `${candidate}.json`), text);
  }
  return size;
}

/** mulberry32: a small, fast, seedable generator; Math.random cannot be seeded. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
