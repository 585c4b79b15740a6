import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const hour = 3_600_000;
/** The generated promotion chain: every level needs a job, so there are at least this many. */
export const benchLevels = ['merge', 'daily', 'weekly', 'stable'] as const;

/**
 * Writes a content folder shaped like a busy community's, valid as a whole
 * (it builds as a portal too): four levels over `jobCount` jobs (at least
 * four: each level needs one) with every threshold kind, per-environment
 * requirements, waivers, and `runCount` runs spread over the candidates, with retries,
 * failures and test cases; a candidate appears every two hours up to `now`,
 * so the newest have runs still to come. A fixed seed
 * makes every run of the benchmark decide the same data. Returns the bytes
 * of JSON written.
 */
export async function generate(root: string, candidateCount: number, jobCount: number, runCount: number, now: number): Promise<number> {
  const random = seeded(42);
  const jobs = Array.from({ length: jobCount }, (_, i) => `job-${String(i + 1).padStart(2, '0')}`);
  const environments = ['lab-a', 'lab-b', 'lab-c'];
  if (jobCount < benchLevels.length) throw new RangeError(`${jobCount} jobs cannot fill ${benchLevels.length} promotion levels: each needs a job`);
  await mkdir(join(root, 'results'), { recursive: true });
  await mkdir(join(root, 'promotion'));
  await mkdir(join(root, 'waivers'));
  // The waivers' approver, so that the community is valid as a whole and builds as a portal.
  await mkdir(join(root, 'people'));
  await writeFile(join(root, 'people', 'rm.yaml'), 'name: Release Manager\n');
  await writeFile(join(root, 'portal.yaml'), 'name: Bench\ndescription: Generated for the promotion benchmark.\nsite: https://example.org\n');
  // Job i goes to level floor(i * 4 / jobs): in order, as evenly as it goes, none left empty.
  const levelOf = (job: number) => Math.floor((job * benchLevels.length) / jobCount);
  const firstOfLevel = (job: number) => job === 0 || levelOf(job) !== levelOf(job - 1);
  const thresholds = ['{ kind: all-pass }', '{ kind: pass-rate, min: 90 }', '{ kind: k-of-last-n, k: 2, n: 3 }', '{ kind: max-flaky, max: 20 }', '{ kind: min-runs, runs: 2 }'];
  for (const [index, id] of benchLevels.entries()) {
    const requirements = jobs.filter((_, job) => levelOf(job) === index).map((job, i) => {
      const extra = i === 0 && index > 0 ? `\n    environments: [${environments.slice(0, 2).join(', ')}]` : i === 1 ? `\n    alternatives: [${jobs[(jobs.indexOf(job) + 1) % jobCount]}]` : '';
      return `  - job: ${job}\n    threshold: ${thresholds[(index + i) % thresholds.length]}${extra}`;
    });
    const after = index === 0 ? '' : `after: ${benchLevels[index - 1]}\n`;
    await writeFile(join(root, 'promotion', `${id}.yaml`), `name: ${id}\n${after}maxAge: ${index < 2 ? '30d' : '120d'}\nflaky: ${index < 2 ? 'allow' : 'block'}\nrequirements:\n${requirements.join('\n')}\n`);
  }
  await writeFile(join(root, 'waivers', 'bench.yaml'), `waivers:\n  - candidate: "stream-1-*"\n    job: ${jobs[5 % jobCount]}\n    reason: known\n    approver: rm\n    expires: 2027-01-01\n  - candidate: "*"\n    test: case-3\n    reason: known\n    approver: rm\n    expires: 2027-01-01\n`);

  // A job runs in its own lab, except the jobs that levels require in two
  // labs (the first of each level after merge), which alternate between them.
  const environmentOf = (job: number, round: number): string =>
    firstOfLevel(job) && levelOf(job) > 0 ? environments[round % 2]! : environments[job % environments.length]!;
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
