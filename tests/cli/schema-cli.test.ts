import Ajv2020 from 'ajv/dist/2020.js';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFiles } from '../../src/core/load/files.ts';
import { parseSource } from '../../src/core/load/source.ts';
import { contentTypes, type ContentKind } from '../../src/core/schemas/index.ts';
import { runScript } from '../helpers/run.ts';

describe('npm run schema', () => {
  it('writes JSON Schemas that validate every file of the sample content', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tollgate-schemas-'));
    expect(runScript('schema', ['--out', out]).code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(Object.keys(contentTypes).map((k) => `${k}.json`).sort());

    const ajv = new Ajv2020({ strict: false, allErrors: true });
    let checked = 0;
    for (const kind of Object.keys(contentTypes) as ContentKind[]) {
      const validate = ajv.compile(JSON.parse(await readFile(join(out, `${kind}.json`), 'utf8')));
      for (const { file } of await findFiles('content', contentTypes[kind].location)) {
        const parsed = parseSource(await readFile(join('content', file), 'utf8'), contentTypes[kind].format);
        expect('data' in parsed, file).toBe(true);
        expect(validate((parsed as { data: unknown }).data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('rejects what the validator rejects, e.g. an unknown field', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tollgate-schemas-'));
    runScript('schema', ['--out', out]);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(await readFile(join(out, 'people.json'), 'utf8')));
    expect(validate({ name: 'Ana', email: 'ana@example.org' })).toBe(false);
  });
});
