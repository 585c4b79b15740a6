import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { portalSchema, type Portal } from './schemas/portal.ts';

/**
 * A path the user typed, made absolute against the folder they typed it in.
 * `npm run` starts scripts in the package root and says where the user was
 * in INIT_CWD; without it (node run directly, Astro) that is the working
 * directory.
 */
export function resolveUserPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.INIT_CWD || process.cwd(), path);
}

/**
 * The content folder: an explicit path, else TOLLGATE_CONTENT (an empty one
 * counts as unset), both as the user typed them (see `resolveUserPath`),
 * else the project's own ./content. The scripts and the Astro build agree
 * through this one rule.
 */
export function resolveContentDir(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = explicit ?? (env.TOLLGATE_CONTENT || undefined);
  return given === undefined ? resolve('content') : resolveUserPath(given, env);
}

/**
 * Reads portal.yaml for the Astro configuration (site URL and base path),
 * before any page exists. Invalid settings fall back to defaults here: the
 * validator, which runs first, is the one that reports them.
 */
export async function readPortalSettings(root: string): Promise<Portal | undefined> {
  try {
    const result = portalSchema.safeParse(parse(await readFile(join(root, 'portal.yaml'), 'utf8')));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
