import { spawnSync } from 'node:child_process';

/**
 * Runs a project script with the project's Node, as `npm run` would, and captures its output.
 * Like npm, it says in INIT_CWD where the user ran the command: here, unless `env` says
 * otherwise, the working directory, so that relative paths in `args` mean the same thing
 * however the tests themselves were started.
 */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: process.cwd(), ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
