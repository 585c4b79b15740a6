import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent, person } from '../helpers/content.ts';

const release = '---\nname: R\ntype: ga\nmilestones:\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-03-05\n---\n';
const files = (retros: Record<string, string>) => ({ 'people/ana.yaml': person('Ana'), 'releases/r.md': release, ...retros });
const retro = (lines: string) => `release: r\ndate: 2026-03-19\n${lines}`;
const oneAction = 'actions:\n  - action: Start the test plans earlier\n    owner: ana\n';

async function diagnosticsOf(retros: Record<string, string>) {
  return (await validateContent(await makeContent(files(retros)))).diagnostics.map((d) => ({ file: d.file, line: d.line, field: d.field, severity: d.severity, rule: d.rule, message: d.message }));
}

describe('a release retrospective', () => {
  it('validates with its actions, owners and states', async () => {
    expect(await diagnosticsOf({ 'retrospectives/r.yaml': retro(`facilitator: ana\nwentWell: [Freeze held]\n${oneAction}    due: 2026-04-30\n    status: done\n`) })).toEqual([]);
  });

  it('names an unknown owner or facilitator at its line, as any reference', async () => {
    expect(await diagnosticsOf({ 'retrospectives/r.yaml': retro(`facilitator: anna\n${oneAction.replace('owner: ana', 'owner: bob')}`) })).toEqual([
      { file: 'retrospectives/r.yaml', line: 3, field: 'facilitator', severity: 'error', rule: 'unknown-reference', message: 'unknown person "anna"' },
      { file: 'retrospectives/r.yaml', line: 6, field: 'actions.0.owner', severity: 'error', rule: 'unknown-reference', message: 'unknown person "bob"' },
    ]);
  });

  it('refuses an action state it does not know, with the ones it does', async () => {
    const [d] = await (await validateContent(await makeContent(files({ 'retrospectives/r.yaml': retro(`${oneAction}    status: closed\n`) })))).diagnostics;
    expect(d).toMatchObject({ line: 6, field: 'actions.0.status', severity: 'error' });
    expect(`${d!.message} ${d!.hint}`).toMatch(/open.*done.*dropped/);
  });

  it('is one per release: a second one is an error that names the first', async () => {
    expect(await diagnosticsOf({ 'retrospectives/a.yaml': retro(oneAction), 'retrospectives/b.yaml': retro(oneAction) })).toEqual([
      { file: 'retrospectives/b.yaml', line: 1, field: 'release', severity: 'error', rule: 'retrospective-duplicate', message: 'release "r" already has a retrospective, in retrospectives/a.yaml' },
    ]);
  });

  it('warns when it is dated before the release ships, or records nothing', async () => {
    expect(await diagnosticsOf({ 'retrospectives/r.yaml': 'release: r\ndate: 2025-03-19\n' })).toEqual([
      { file: 'retrospectives/r.yaml', line: 1, field: 'release', severity: 'warning', rule: 'retrospective-empty', message: 'this retrospective records nothing yet' },
      { file: 'retrospectives/r.yaml', line: 2, field: 'date', severity: 'warning', rule: 'retrospective-date', message: 'the retrospective is dated 2025-03-19, before release "r" ships on 2026-03-05' },
    ]);
  });

  it('saved under reviews/ is named for what it is', async () => {
    const [d] = await diagnosticsOf({ 'reviews/r.yaml': retro(oneAction) });
    expect(d).toMatchObject({ file: 'reviews/r.yaml', rule: 'misplaced-file', message: 'this is a retrospective file, not a milestone review file' });
  });
});
