// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { readPortalSettings, resolveContentDir } from './src/core/settings.ts';
import { pagefind } from './src/site/pagefind-integration.ts';

const portal = await readPortalSettings(resolveContentDir());

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: portal?.site ?? 'https://example.org',
  base: portal?.base ?? '/',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  outDir: process.env.TOLLGATE_OUT_DIR ?? './dist',
  integrations: [mdx(), pagefind()],
  markdown: { syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] } },
});
