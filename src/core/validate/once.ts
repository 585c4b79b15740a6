import { resolve } from 'node:path';
import { validateContent, type Validation } from './validate.ts';

const sharedKey = Symbol.for('tollgate.validations');

/**
 * Validates a content folder once per process. A build reads its content in
 * three places, each with its own copy of these modules: the build script,
 * Astro's content sync and Astro's prerender bundle. A community with
 * 200,000 results would pay for reading them three times; the cache, kept
 * on `globalThis` where all three copies see it, makes it once. A build runs
 * in a process of its own, so what it caches is the content of that build.
 */
export function validateOnce(root: string): Promise<Validation> {
  const shared = ((globalThis as Record<symbol, Map<string, Promise<Validation>> | undefined>)[sharedKey] ??= new Map());
  const key = resolve(root);
  let validation = shared.get(key);
  if (!validation) shared.set(key, (validation = validateContent(key)));
  return validation;
}
