import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { trainingSchema } from './core/schemas/index.ts';
import { contentRoot } from './site/content-source.ts';
import { tollgateLoader } from './site/loader.ts';

const trainingDir = join(contentRoot, 'training');

/**
 * Collections for the content that has a Markdown body to render. Their
 * schemas come from the core; computed data (schedules, decisions) comes
 * from `getPortal()` instead, which the core computes once.
 */
export const collections = {
  projects: defineCollection({ loader: tollgateLoader('projects') }),
  releases: defineCollection({ loader: tollgateLoader('releases') }),
  handbook: defineCollection({ loader: tollgateLoader('handbook') }),
  // MDX needs Astro's own compiler, so lessons go through the glob loader; a
  // community without lessons has no folder to glob (nor a warning that it is missing).
  training: defineCollection({
    loader: existsSync(trainingDir) ? glob({ pattern: '*.{md,mdx}', base: trainingDir }) : { name: 'no-lessons', load: async () => {} },
    schema: trainingSchema,
  }),
};
