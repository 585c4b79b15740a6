import { describe, expect, it } from 'vitest';
import { buildPortalModel } from '../../src/core/portal-model.ts';
import { apiDocumentsFor } from '../../src/core/publish/api.ts';
import { apiDocuments } from '../../src/core/publish/api-schemas.ts';
import { createClock } from '../../src/core/schedule/clock.ts';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent } from '../helpers/content.ts';

const release = (name: string, date: string, type = 'ga') => `---\nname: ${name}\ntype: ${type}\nmilestones:\n  - id: rel\n    name: Release\n    kind: release\n    date: ${date}\n---\n`;

async function modelAt(now: string, files: Record<string, string>) {
  const { content, diagnostics } = await validateContent(await makeContent({ 'people/ana.yaml': 'name: Ana Lima\naffiliation: Aurora\n', 'people/bo.yaml': 'name: Bo Berg\n', ...files }));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildPortalModel(content, createClock({ timezone: 'UTC', now }));
}

describe('retrospectives in the model', () => {
  const files = {
    'releases/a.md': release('Aster', '2026-03-05'),
    'releases/b.md': release('Birch', '2026-09-03'),
    'retrospectives/a.yaml': [
      'release: a', 'date: 2026-03-19', 'facilitator: ana', 'actions:',
      '  - { action: Earlier test plans, owner: ana, due: 2026-04-30, status: done }',
      '  - { action: Due tomorrow, owner: bo, due: 2026-05-16 }',
      '  - { action: No due day, owner: bo }',
      '  - { action: Due on the day, owner: ana, due: 2026-05-15 }',
      '  - { action: Past due, owner: ana, due: 2026-05-01 }',
      '  - { action: Not worth it, owner: bo, due: 2026-04-01, status: dropped }',
    ].join('\n'),
  };

  it('marks an open action overdue from the day after its due day, and counts what is still to do', async () => {
    const model = await modelAt('2026-05-15T12:00:00Z', files);
    const retro = model.retrospectives.get('a')!;
    expect(retro.facilitator?.credited).toBe('Ana Lima (Aurora)');
    expect(retro.actions.map((a) => [a.action, a.state])).toEqual([
      ['Earlier test plans', 'done'], ['Due tomorrow', 'open'], ['No due day', 'open'], ['Due on the day', 'open'], ['Past due', 'overdue'], ['Not worth it', 'dropped'],
    ]);
    expect(retro.actionSummary).toBe('4 of 6 actions still to do.');
  });

  it('lists every action still to do, overdue first, then by due day, those without one last', async () => {
    const model = await modelAt('2026-05-15T12:00:00Z', files);
    expect(model.openActions.map((a) => [a.action, a.release.name, a.owner.name])).toEqual([
      ['Past due', 'Aster', 'Ana Lima'], ['Due on the day', 'Aster', 'Ana Lima'], ['Due tomorrow', 'Aster', 'Bo Berg'], ['No due day', 'Aster', 'Bo Berg'],
    ]);
  });

  it('names shipped GA releases without a retrospective, but not maintenance releases or those still in development', async () => {
    const model = await modelAt('2026-10-01T12:00:00Z', {
      ...files,
      'releases/b1.md': release('Birch 1', '2026-09-17', 'maintenance').replace('type: maintenance', 'type: maintenance\nbasedOn: b'),
      'releases/c.md': release('Cedar', '2027-03-04'),
    });
    expect(model.retrospectivesNotHeld.map((r) => r.id)).toEqual(['b']);
  });

  it('says when every action agreed is closed', async () => {
    const model = await modelAt('2026-05-15T12:00:00Z', { 'releases/a.md': release('Aster', '2026-03-05'), 'retrospectives/a.yaml': 'release: a\ndate: 2026-03-19\nactions:\n  - { action: One, owner: ana, status: done }\n' });
    expect(model.retrospectives.get('a')!.actionSummary).toBe('The action agreed is closed.');
    expect(model.openActions).toEqual([]);
  });

  it('are in the release document of the JSON API, with each action\'s state as the pages give it, and null where none is recorded', async () => {
    const model = await modelAt('2026-05-15T12:00:00Z', files);
    const docs = apiDocumentsFor(model, new URL('https://example.org/'));
    const aster = apiDocuments.release.parse(docs.release('a')).release.retrospective!;
    expect(aster).toMatchObject({ date: '2026-03-19', facilitator: 'ana', went_well: [], to_improve: [] });
    expect(aster.actions.map((a) => [a.owner, a.due, a.state])).toEqual([
      ['ana', '2026-04-30', 'done'], ['bo', '2026-05-16', 'open'], ['bo', null, 'open'], ['ana', '2026-05-15', 'open'], ['ana', '2026-05-01', 'overdue'], ['bo', '2026-04-01', 'dropped'],
    ]);
    expect(docs.release('b').release.retrospective).toBeNull();
    expect(docs.releases.releases[0]).not.toHaveProperty('retrospective');
  });
});
