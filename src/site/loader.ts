import type { Loader } from 'astro/loaders';
import { join, relative } from 'node:path';
import type { Entry } from '../core/load/load.ts';
import { contentTypes, type ContentKind } from '../core/schemas/index.ts';
import { contentRoot, loadValidContent } from './content-source.ts';

/**
 * An Astro content loader backed by Tollgate's own loader, so that
 * collections hold exactly what the validator accepted (dates stay strings,
 * positions are exact) and Markdown bodies are rendered by Astro.
 */
export function tollgateLoader(kind: ContentKind): Loader {
  return {
    name: `tollgate:${kind}`,
    schema: contentTypes[kind].schema,
    load: async ({ store, renderMarkdown, generateDigest }) => {
      const { content } = await loadValidContent();
      store.clear();
      for (const entry of content[kind] as Entry<Record<string, unknown>>[]) {
        const absolute = join(contentRoot, entry.file);
        // Astro wants paths relative to the project root, even for content kept elsewhere.
        const filePath = relative(process.cwd(), absolute);
        store.set({
          id: entry.id,
          data: entry.data,
          body: entry.body,
          filePath,
          digest: generateDigest({ data: entry.data, body: entry.body ?? '' }),
          rendered: entry.body ? await renderMarkdown(entry.body, { fileURL: new URL(`file://${absolute}`) }) : undefined,
        });
      }
    },
  };
}
