/**
 * npm run schema [-- --out DIR]
 * Writes one JSON Schema per content file type, for editor autocompletion
 * (e.g. `# yaml-language-server: $schema=../schemas/releases.json`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentJsonSchemas } from '../src/core/json-schema.ts';
import { outputPath, parseOptions, run } from './cli.ts';

run(async () => {
  const { values } = parseOptions({ out: { type: 'string' } }, 'npm run schema -- [--out DIR]');
  const out = outputPath(values.out, 'schemas');
  const shown = values.out ?? 'schemas';
  await mkdir(out, { recursive: true });
  for (const [name, schema] of Object.entries(contentJsonSchemas())) {
    await writeFile(join(out, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
    process.stdout.write(`${join(shown, `${name}.json`)}\n`);
  }
});
