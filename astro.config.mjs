// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readPortalSettings, resolveContentDir } from './src/core/settings.ts';
import { pagefind } from './src/site/pagefind-integration.ts';
import { safeLinks } from './src/site/safe-links.ts';

const contentDir = resolveContentDir();
const portal = await readPortalSettings(contentDir);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: portal?.site ?? 'https://example.org',
  // TOLLGATE_BASE publishes a build under another sub-path (e.g. a preview
  // under /tollgate/) without editing portal.yaml; the link tests use it.
  base: process.env.TOLLGATE_BASE ?? portal?.base ?? '/',
  trailingSlash: 'ignore',
  // One cached stylesheet for every page instead of a copy inlined in each.
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.TOLLGATE_OUT_DIR ?? './dist',
  // Astro's content cache keeps the entries of the last build: a build of
  // another content folder must not see them (nor builds running at once).
  cacheDir: process.env.TOLLGATE_CACHE_DIR ?? `./node_modules/.astro/content-${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`,
  integrations: [mdx(), pagefind()],
  markdown: {
    processor: satteri({ hastPlugins: [safeLinks] }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
  },
  vite: {
    // Never inline scripts into the page: the Content-Security-Policy allows
    // scripts from the portal's own origin only ('self', no 'unsafe-inline').
    // Mermaid's layout engines are large chunks by nature, loaded only by pages with a diagram.
    build: {
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 1600,
      rolldownOptions: {
        // Astro marks each MDX entry with its own "use astro:head-inject"
        // directive, which Rolldown warns of once per lesson: the build is right,
        // and a warning naming an author's lesson would send them looking for a
        // mistake that is not theirs (withastro/astro#18087). Every other warning shows.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
});
