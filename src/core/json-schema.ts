import { z } from 'zod';
import { contentTypes, type ContentKind } from './schemas/index.ts';

/**
 * JSON Schemas of every content file type, from the same zod schemas the
 * validator uses. `io: 'input'` describes what authors write (defaults are
 * optional), which is what an editor should complete.
 */
export function contentJsonSchemas(): Record<ContentKind, Record<string, unknown>> {
  const entries = (Object.keys(contentTypes) as ContentKind[]).map((kind) => {
    const type = contentTypes[kind];
    const schema = z.toJSONSchema(type.schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
    return [kind, { ...schema, title: type.title }] as const;
  });
  return Object.fromEntries(entries) as unknown as Record<ContentKind, Record<string, unknown>>;
}
