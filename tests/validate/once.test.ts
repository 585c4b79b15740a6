import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateOnce } from '../../src/core/validate/once.ts';
import { makeContent } from '../helpers/content.ts';

describe('one validation per build process', () => {
  it('gives every reader of one folder the same validation, however the folder is named', async () => {
    const sample = join(import.meta.dirname, '../../content');
    const first = validateOnce(sample);
    expect(validateOnce(relative(process.cwd(), sample))).toBe(first);
    expect(validateOnce(`${sample}/`)).toBe(first);
    expect((await first).content.portal).toHaveLength(1);
  });

  it('validates another folder on its own', async () => {
    const other = await makeContent({ 'portal.yaml': 'name: Other\ndescription: Another community.\nsite: https://other.example.org\n' });
    const validation = await validateOnce(other);
    expect(validation).not.toBe(await validateOnce(join(import.meta.dirname, '../../content')));
    expect(validation.content.portal[0]!.data.name).toBe('Other');
  });
});
