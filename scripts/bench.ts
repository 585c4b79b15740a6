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
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../src/core/load/load.ts';
import { mapInPool, readAhead } from '../src/core/load/pool.ts';
import { decidePromotions } from '../src/core/promotion/decide.ts';
import { benchLevels, generate } from './bench/community.ts';
import { fail, parseOptions, run } from './cli.ts';

const usage = 'npm run bench -- promotion [--candidates N] [--jobs N] [--runs N] [--rounds N] [--keep]';
const goal = { ratio: 1.5, memory: 1024 ** 3 };
/** The generated results end here; decisions are taken at this instant. */
const now = Date.parse('2026-11-24T12:00:00Z');

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
    { positionals: true },
  );
  if (values.phase) return measurePhase(values.phase, values.dir ?? fail('--phase needs --dir', 2));
  const [benchmark, stray] = positionals;
  if (benchmark !== 'promotion') fail(`unknown benchmark "${benchmark ?? ''}"; the one benchmark is "promotion"\nusage: ${usage}`, 2);
  if (stray !== undefined) fail(`unexpected argument "${stray}"\nusage: ${usage}`, 2);
  const [candidates, jobs, runs, rounds] = [values.candidates, values.jobs, values.runs, values.rounds].map((v) => {
    const n = Number(v);
    return Number.isInteger(n) && n > 0 ? n : fail(`"${v}" is not a positive whole number\nusage: ${usage}`, 2);
  }) as [number, number, number, number];
  if (jobs < benchLevels.length) fail(`--jobs ${jobs} is too few: each of the ${benchLevels.length} promotion levels needs a job (give ${benchLevels.length} or more)\nusage: ${usage}`, 2);

  const root = await mkdtemp(join(tmpdir(), 'tollgate-bench-'));
  try {
    const started = performance.now();
    const size = await generate(root, candidates, jobs, runs, now);
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

/**
 * One phase in a fresh process, so that its peak memory is its own. A
 * failure throws (rather than exits) so that the generated folder is removed.
 */
function child(phase: 'floor' | 'real', dir: string): Measure {
  const result = spawnSync(process.execPath, ['--max-old-space-size=4096', process.argv[1]!, '--phase', phase, '--dir', dir], { encoding: 'utf8' });
  // The child's own "tollgate: " prefix would double the one its error gets here.
  if (result.status !== 0) throw new Error(`the ${phase} phase failed: ${result.stderr.trim().split('\n')[0]!.replace(/^tollgate: /, '')}`);
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
  // What each part adds, as a share of the floor: the goal counts both.
  const share = (added: number) => `+${Math.round((added / floor.ms) * 100)}% of the floor`;
  const met = (ok: boolean) => (ok ? 'met    ' : 'NOT met');
  const lines = [
    `median of ${rounds} round(s), each phase in a fresh process:`,
    `  floor (read + JSON.parse)            ${ms(floor.ms).padStart(9)}   peak RSS ${mib(floor.maxRss)}`,
    `  real (loadContent + decisions)       ${ms(real.ms).padStart(9)}   peak RSS ${mib(real.maxRss)}`,
    `    load with schema validation        ${ms(real.loadMs!).padStart(9)}   (${ms(real.loadMs! - floor.ms)} over the floor, ${share(real.loadMs! - floor.ms)})`,
    `    decisions for ${String(real.candidates).padEnd(5)} candidates    ${ms(real.decideMs!).padStart(9)}   (${share(real.decideMs!)})`,
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
