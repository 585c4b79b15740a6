import { describe, expect, it } from 'vitest';
import { waiverViews } from '../../src/core/waiver-views.ts';
import { ago, decide, level, run, waiver } from './fixtures.ts';

const person = (id: string) => ({ id, name: id === 'ana-lima' ? 'Ana Lima' : id, credited: id });
const gate = level('merge', { name: 'Merge', requirements: [{ job: 'smoke' }] });
const failing = (candidate: string) => run({ candidate, job: 'smoke', outcome: 'failed', startedAt: ago(3), finishedAt: ago(2) });

describe('the waivers the release team has accepted', () => {
  const waivers = [
    waiver({ candidate: 'c*', job: 'smoke', expires: '2027-03-01' }),
    waiver({ candidate: 'old-*', job: 'smoke', expires: '2026-11-20' }),
    waiver({ candidate: 'rc-*', job: 'smoke', expires: '2026-12-05' }),
    waiver({ candidate: 'x', test: 'test_boot', expires: '2026-11-24' }),
  ];
  const model = decide({ levels: [gate], runs: [failing('c1'), failing('c2'), failing('old-1')], waivers });
  const views = waiverViews([{ id: 'w', file: 'waivers/w.yaml', data: { waivers }, locate: () => ({ line: 1, column: 1 }) }], model, '2026-11-24', person);

  it('lists them the soonest to end first, expired ones first of all, with the days left', () => {
    expect(views.map((v) => [v.waiver.candidate, v.daysLeft, v.state])).toEqual([
      ['old-*', -4, 'expired'],
      ['x', 0, 'expiring'],
      ['rc-*', 11, 'expiring'],
      ['c*', 97, 'active'],
    ]);
  });

  it('names the candidates each applies to now, newest first, and none for an expired one', () => {
    expect(views.map((v) => [v.waiver.candidate, v.usedBy])).toEqual([['old-*', []], ['x', []], ['rc-*', []], ['c*', ['c2', 'c1']]]);
    expect(model.candidates.find((c) => c.candidate === 'old-1')!.levels[0]!.requirements[0]!.state).toBe('failed');
  });

  it('names the approver and keeps the waiver\'s place in its file, as decisions cite it', () => {
    expect(views.find((v) => v.waiver.candidate === 'c*')).toMatchObject({ file: 'waivers/w.yaml', index: 0, approver: { name: 'Ana Lima' }, levelName: undefined });
  });

  it('names the newest ten candidates a long-kept waiver applies to, and counts the older ones', () => {
    const nightly = [waiver({ candidate: 'trunk-*', job: 'smoke', expires: '2027-03-01' })];
    const runs = Array.from({ length: 13 }, (_, i) => run({ candidate: `trunk-${String(i).padStart(2, '0')}`, job: 'smoke', outcome: 'failed', startedAt: ago(40 - i), finishedAt: ago(39 - i) }));
    const [view] = waiverViews([{ id: 'w', file: 'waivers/w.yaml', data: { waivers: nightly }, locate: () => ({ line: 1, column: 1 }) }], decide({ levels: [gate], runs, waivers: nightly }), '2026-11-24', person);
    expect(view!.usedBy).toEqual(['trunk-12', 'trunk-11', 'trunk-10', 'trunk-09', 'trunk-08', 'trunk-07', 'trunk-06', 'trunk-05', 'trunk-04', 'trunk-03']);
    expect(view!.usedByOlder).toBe(3);
  });
});

describe('a waiver limited to one level', () => {
  it('names the level by its name, as the pages do', () => {
    const waivers = [waiver({ job: 'smoke', level: 'merge' }), waiver({ job: 'smoke', level: 'gone' })];
    const model = decide({ levels: [gate], runs: [failing('c1')], waivers });
    const views = waiverViews([{ id: 'w', file: 'waivers/w.yaml', data: { waivers }, locate: () => ({ line: 1, column: 1 }) }], model, '2026-11-24', person);
    expect(views.map((v) => v.levelName)).toEqual(['Merge', 'gone']);
  });
});

