import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas } from '../../src/core/json-schema.ts';
import { parseSource, type ParsedSource } from '../../src/core/load/source.ts';
import { releaseFromTemplate } from '../../src/core/schedule/scaffold.ts';
import { contentTypes, releaseSchema } from '../../src/core/schemas/index.ts';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent } from '../helpers/content.ts';

/** The README's content reference must keep up with the schemas it documents. */
describe('README content reference', () => {
  it('documents every field of every content file type', async () => {
    const readme = await readFile('README.md', 'utf8');
    const missing = Object.entries(contentJsonSchemas()).flatMap(([kind, schema]) =>
      Object.keys((schema as { properties: object }).properties).filter((field) => !readme.includes(`\`${field}\``)).map((field) => `${kind}.${field}`),
    );
    expect(missing).toEqual([]);
  });

  it('documents the fields inside lists and mappings too (runs, test cases, milestones, sign-offs), in code', async () => {
    const readme = await readFile('README.md', 'utf8');
    const code = [...readme.matchAll(/```[\s\S]*?```|`[^`]+`/g)].map((m) => m[0].replace(/`/g, ' '));
    const documented = (field: string) => code.some((c) => new RegExp(`(^|[^\\w-])"?${field}"?($|[^\\w-])`).test(c));
    const missing = Object.entries(contentJsonSchemas()).flatMap(([kind, schema]) =>
      fieldsOf(schema, (schema as { $defs?: Record<string, unknown> }).$defs ?? {}).filter((field) => !documented(field)).map((field) => `${kind}.${field}`),
    );
    expect(missing).toEqual([]);
  });

  it('marks as required in its tables exactly the fields the schemas require', async () => {
    const readme = await readFile('README.md', 'utf8');
    const schemas = contentJsonSchemas() as Record<string, { properties: Record<string, SchemaNode & { required?: string[] }>; required?: string[] }>;
    const wrong: string[] = [];
    for (const [kind, type] of Object.entries(contentTypes)) {
      const place = 'file' in type.location ? type.location.file : `${type.location.dir}/`;
      const section = readme.split(/^### /m).find((s) => s.startsWith(`\`${place}`));
      // Result files are one list of runs: their table describes a run.
      const schema = kind === 'results' ? (schemas[kind]!.properties.runs!.items as { required?: string[] }) : schemas[kind]!;
      for (const [, fields, required] of section?.matchAll(/^\| (`[^|]+`) \| (yes)? *\|/gm) ?? []) {
        for (const field of fields!.match(/`[^`]+`/g)!.map((f) => f.slice(1, -1))) {
          if ((schema.required ?? []).includes(field) !== (required === 'yes')) wrong.push(`${kind}.${field}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives examples that validate as written: a result file and a cadence template', async () => {
    const readme = await readFile('README.md', 'utf8');
    const example = (heading: string, language: string) => {
      const section = readme.split(/^### /m).find((s) => s.startsWith(heading));
      return new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section ?? '')?.[1];
    };
    const results = example('`results/', 'json');
    expect(results).toBeDefined();
    expect((await validateContent(await makeContent({ 'results/example.json': results! }))).diagnostics).toEqual([]);
    const cadence = example('Cadence templates', 'yaml');
    expect(cadence).toBeDefined();
    const template = (parseSource(cadence!, 'yaml') as ParsedSource).data as Parameters<typeof releaseFromTemplate>[0];
    const { release, problems } = releaseFromTemplate(template, '2028-03-02', { name: 'Example' });
    expect(problems).toEqual([]);
    expect(releaseSchema.safeParse(release).error?.issues).toBeUndefined();
  });

  it('names the folder or file of every content type', async () => {
    const readme = await readFile('README.md', 'utf8');
    const places = Object.values(contentTypes).map((t) => ('file' in t.location ? t.location.file : `${t.location.dir}/`));
    expect(places.filter((place) => !readme.includes(place))).toEqual([]);
  });
});

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

/** Every property name at any depth of a JSON Schema, following its own `$defs`. */
function fieldsOf(schema: unknown, defs: Record<string, unknown>, seen = new Set<unknown>()): string[] {
  const node = schema as SchemaNode;
  if (!node || typeof node !== 'object' || seen.has(node)) return [];
  seen.add(node);
  if (node.$ref) return fieldsOf(defs[node.$ref.split('/').at(-1)!], defs, seen);
  const children = [...Object.values(node.properties ?? {}), ...(node.items ? [node.items] : []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])];
  return [...new Set([...Object.keys(node.properties ?? {}), ...children.flatMap((child) => fieldsOf(child, defs, seen))])];
}
