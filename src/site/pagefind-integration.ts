import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API after `astro build`. Any
 * error fails the build: a portal whose search silently broke is worse than
 * no build at all.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'tollgate:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`search index (${step}): ${errors.join('; ')}`);
        };
        try {
          const { index, errors } = await pagefindApi.createIndex({});
          if (!index || errors.length) return fail('create', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) return fail('index', added.errors);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) return fail('write', written.errors);
          logger.info(`search index: ${added.page_count} pages`);
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
