import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent, person } from '../helpers/content.ts';
import { runScript } from '../helpers/run.ts';

const shipped = '---\nname: Hyacinth\ntype: ga\nmilestones:\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-05-14\n---\n';
const at = { SOURCE_DATE_EPOCH: String(Date.parse('2026-06-04T12:00:00Z') / 1000) };

describe('npm run new -- retrospective', () => {
  it('writes the fields to fill in, dated today, and says how to fill them in comments; the file validates', async () => {
    const root = await makeContent({ 'people/ana.yaml': person('Ana Lima'), 'releases/hyacinth.md': shipped });
    const result = runScript('new', ['retrospective', 'hyacinth', '--content', root], at);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^wrote .*retrospectives\/hyacinth\.yaml: the retrospective of Hyacinth; fill in what went well, what to improve and the actions agreed\n$/);
    const text = await readFile(join(root, 'retrospectives/hyacinth.yaml'), 'utf8');
    expect(parse(text)).toEqual({ release: 'hyacinth', date: '2026-06-04', wentWell: [], toImprove: [], actions: [] });
    expect(text).toMatch(/^#     owner: <person id>$/m);
    const { diagnostics } = await validateContent(root);
    // Until it is filled in, the validator says it records nothing: a warning, not an error.
    expect(diagnostics.map((d) => [d.file, d.severity, d.rule])).toEqual([['retrospectives/hyacinth.yaml', 'warning', 'retrospective-empty']]);
  });

  it('names the retrospective a release already has instead of writing a second, and refuses an unknown release', async () => {
    const root = await makeContent({ 'releases/hyacinth.md': shipped, 'retrospectives/h-2026.yaml': 'release: hyacinth\ndate: 2026-06-01\nwentWell: [Freeze held]\n' });
    const again = runScript('new', ['retrospective', 'hyacinth', '--content', root], at);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('release "hyacinth" already has a retrospective, in retrospectives/h-2026.yaml: add to it, as a release cycle has one\n');
    const unknown = runScript('new', ['retrospective', 'hyacinht', '--content', root], at);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^unknown release "hyacinht": known releases are hyacinth/);
    expect(await readdir(join(root, 'retrospectives'))).toEqual(['h-2026.yaml']);
  });
});
