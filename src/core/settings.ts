import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { portalSchema, type Portal } from './schemas/portal.ts';

/**
 * The content folder: an explicit path, else TOLLGATE_CONTENT, else ./content.
 * The scripts and the Astro build agree through this one rule.
 */
export function resolveContentDir(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(explicit ?? env.TOLLGATE_CONTENT ?? 'content');
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
