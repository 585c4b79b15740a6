import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas } from '../../src/core/json-schema.ts';
import { contentTypes } from '../../src/core/schemas/index.ts';

/** The README's content reference must keep up with the schemas it documents. */
describe('README content reference', () => {
  it('documents every field of every content file type', async () => {
    const readme = await readFile('README.md', 'utf8');
    const missing = Object.entries(contentJsonSchemas()).flatMap(([kind, schema]) =>
      Object.keys((schema as { properties: object }).properties).filter((field) => !readme.includes(`\`${field}\``)).map((field) => `${kind}.${field}`),
    );
    expect(missing).toEqual([]);
  });

  it('names the folder or file of every content type', async () => {
    const readme = await readFile('README.md', 'utf8');
    const places = Object.values(contentTypes).map((t) => ('file' in t.location ? t.location.file : `${t.location.dir}/`));
    expect(places.filter((place) => !readme.includes(place))).toEqual([]);
  });
});
