import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Astro's cache for the builds tests start, one per run (a cache shared by
 * two content folders mixes their entries): in the temporary folder, not one
 * more folder per test content in node_modules/.astro.
 */
const cacheRoot = mkdtempSync(join(tmpdir(), 'tollgate-test-cache-'));
let runs = 0;

/**
 * Runs a project script with the project's Node, as `npm run` would, and captures its output.
 * Like npm, it says in INIT_CWD where the user ran the command: here, unless `env` says
 * otherwise, the working directory, so that relative paths in `args` mean the same thing
 * however the tests themselves were started.
 */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: process.cwd(), TOLLGATE_CACHE_DIR: join(cacheRoot, `${script}-${++runs}`), ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
