import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/schedule/clock.ts';
import { resolveReleases } from '../../src/core/schedule/resolve.ts';
import { nextPhase, releaseStatusOn } from '../../src/core/schedule/status.ts';
import { scheduleWeeks } from '../../src/core/schedule/weeks.ts';
import { contentOf } from './helpers.ts';

const orchid = `---
name: Orchid
type: ga
maintainedUntil: "2026-12-31"
endOfLife: "2027-06-30"
milestones:
  - id: planning
    name: Planning
    kind: planning
    date: "2026-01-08"
  - id: freeze
    name: Feature freeze
    kind: freeze
    week: R-4
  - id: rc
    name: Release candidate
    after: release
    offset: -1w
  - id: beacon-docs
    name: Beacon documentation
    scope: project
    project: beacon
    date: "2026-02-27"
  - id: release
    name: Orchid release
    kind: release
    date: "2026-03-05"
    time: "23:59"
    timezone: AoE
    estimated: true
  - id: retrospective
    name: Retrospective
    after: release
    offset: +2w
---
`;

const review = (milestone: string, date: string, signoff = '') =>
  `release: orchid\nmilestone: ${milestone}\ndate: "${date}"\n${signoff}`;

async function orchidAt(now: string, files: Record<string, string> = {}) {
  const content = await contentOf({ 'releases/orchid.md': orchid, ...files });
  const { releases, diagnostics } = resolveReleases(content, createClock({ timezone: 'UTC', now }));
  expect(diagnostics).toEqual([]);
  const release = releases[0]!;
  const status = Object.fromEntries(release.milestones.map((m) => [m.id, m.status]));
  return { release, status };
}

describe('a release seen before, during and after its cycle', () => {
  it('is planned before its first milestone', async () => {
    const { release, status } = await orchidAt('2026-01-01T12:00:00Z');
    expect(release).toMatchObject({ status: 'planned', nextPhase: { status: 'in-development', date: '2026-01-08' }, isMaintained: false, isEol: false });
    expect(release.nextMilestone).toMatchObject({ id: 'planning', daysUntil: 7 });
    expect(new Set(Object.values(status))).toEqual(new Set(['upcoming']));
  });

  it('is in development until the release date, with this week\'s deadlines marked', async () => {
    const { release, status } = await orchidAt('2026-02-25T12:00:00Z'); // a Wednesday
    expect(release.status).toBe('in-development');
    // Its release day is 5 March anywhere on earth: in UTC that day ends at noon on the 6th.
    expect(release.nextPhase).toEqual({ status: 'maintained', date: '2026-03-06', releaseDay: '2026-03-05' });
    expect(status).toEqual({
      planning: 'done', freeze: 'done', rc: 'due-this-week', 'beacon-docs': 'due-this-week', release: 'upcoming', retrospective: 'upcoming',
    });
    expect(release.nextMilestone).toMatchObject({ id: 'rc', date: '2026-02-26', daysUntil: 1 });
  });

  it('is maintained once its release day is over, when the AoE deadline of its release milestone has passed everywhere', async () => {
    const releaseDay = await orchidAt('2026-03-06T11:00:00Z');
    // The release milestone is still due, so the release is not out yet: no status says otherwise.
    expect(releaseDay.status.release).toBe('due-this-week');
    expect(releaseDay.release).toMatchObject({ status: 'in-development', isMaintained: false, releaseDate: '2026-03-05', estimated: true });
    expect(releaseDay.release.nextPhase).toEqual({ status: 'maintained', date: '2026-03-06', releaseDay: '2026-03-05' });
    expect((await orchidAt('2026-03-05T09:00:00Z')).release.status).toBe('in-development');
    // Still open where the portal is (UTC): its countdown says today, not yesterday.
    expect(releaseDay.release.milestones.find((m) => m.id === 'release')).toMatchObject({ date: '2026-03-05', deadline: '2026-03-06T11:59:00Z', daysUntil: 0 });
    const { release, status } = await orchidAt('2026-03-06T12:00:00Z');
    expect(status.release).toBe('done');
    expect(release).toMatchObject({ status: 'maintained', isMaintained: true, releasedFrom: '2026-03-06' });
    expect(release.nextMilestone).toMatchObject({ id: 'retrospective', daysUntil: 13 });
    expect(release.nextPhase).toEqual({ status: 'released', date: '2027-01-01' });
  });

  it('applies the same rule to a release day without a time: released once the day is over where the portal is', async () => {
    const content = await contentOf({
      'portal.yaml': 'name: T\ndescription: D.\nsite: https://example.org\ntimezone: Europe/Paris\n',
      'releases/r.md': '---\nname: R\ntype: ga\nmaintainedUntil: "2027-09-30"\nmilestones:\n  - id: plan\n    name: Plan\n    date: "2027-01-14"\n  - id: rel\n    name: Release\n    kind: release\n    date: "2027-03-25"\n---\n',
    });
    const at = (now: string) => {
      const release = resolveReleases(content, createClock({ timezone: 'Europe/Paris', now })).releases[0]!;
      return { status: release.status, milestone: release.milestones.find((m) => m.id === 'rel')!.status, next: release.nextPhase };
    };
    expect(at('2027-03-25T21:00:00Z')).toEqual({ status: 'in-development', milestone: 'due-this-week', next: { status: 'maintained', date: '2027-03-26', releaseDay: '2027-03-25' } });
    expect(at('2027-03-25T23:30:00Z')).toMatchObject({ status: 'maintained', milestone: 'done' }); // past midnight in Paris
  });

  it('counts an AoE deadline down to its day where the portal is: a Thursday freeze is "today" on Friday morning in Paris', async () => {
    const content = await contentOf({
      'portal.yaml': 'name: T\ndescription: D.\nsite: https://example.org\ntimezone: Europe/Paris\n',
      'releases/r.md': '---\nname: R\ntype: ga\nmilestones:\n  - id: freeze\n    name: Freeze\n    date: "2027-01-14"\n    time: "23:59"\n    timezone: AoE\n  - id: rel\n    name: Release\n    kind: release\n    date: "2027-03-25"\n---\n',
    });
    const freezeAt = (now: string) => resolveReleases(content, createClock({ timezone: 'Europe/Paris', now })).releases[0]!.milestones[0]!;
    expect(freezeAt('2027-01-15T01:00:00Z')).toMatchObject({ date: '2027-01-14', status: 'due-this-week', daysUntil: 0 }); // 02:00 in Paris
    expect(freezeAt('2027-01-14T08:00:00Z')).toMatchObject({ status: 'due-this-week', daysUntil: 1 });
    expect(freezeAt('2027-01-15T12:00:00Z')).toMatchObject({ status: 'done', daysUntil: 0 });
  });

  it('is released but no longer maintained between the end of maintenance and end of life', async () => {
    const { release } = await orchidAt('2027-01-15T12:00:00Z');
    expect(release).toMatchObject({ status: 'released', isMaintained: false, isEol: false, nextPhase: { status: 'end-of-life', date: '2027-06-30' } });
    expect(release.nextMilestone).toBeUndefined();
  });

  it('is at end of life from its endOfLife date', async () => {
    const { release } = await orchidAt('2027-06-30T00:00:00Z');
    expect(release).toMatchObject({ status: 'end-of-life', isEol: true, isMaintained: false });
    expect(release.nextPhase).toBeUndefined();
  });

  it('carries estimated dates through relative milestones', async () => {
    const { release } = await orchidAt('2026-01-01T12:00:00Z');
    const estimated = Object.fromEntries(release.milestones.map((m) => [m.id, m.estimated]));
    expect(estimated).toEqual({ planning: false, freeze: true, rc: true, 'beacon-docs': false, release: true, retrospective: true });
    expect(release.milestones.find((m) => m.id === 'freeze')).toMatchObject({ date: '2026-02-05', week: -4, weekLabel: 'R-4', setAs: 'R-4, counted from the release week' });
  });

  it('says in words how each date is set, naming the milestone it follows', async () => {
    const { release } = await orchidAt('2026-01-01T12:00:00Z');
    expect(Object.fromEntries(release.milestones.map((m) => [m.id, m.setAs]))).toEqual({
      planning: 'a fixed date',
      freeze: 'R-4, counted from the release week',
      rc: '1 week before Orchid release',
      'beacon-docs': 'a fixed date',
      release: 'a fixed date',
      retrospective: '2 weeks after Orchid release',
    });
  });
});

describe('milestone reviews decide whether a past milestone was met', () => {
  it('makes a past milestone overdue while its review has no sign-off', async () => {
    const { status, release } = await orchidAt('2026-02-25T12:00:00Z', { 'reviews/freeze.yaml': review('freeze', '2026-02-06') });
    expect(status.freeze).toBe('overdue');
    expect(release.nextMilestone!.id).toBe('rc');
  });

  it('makes it overdue when the TSC rejected it', async () => {
    const { status } = await orchidAt('2026-02-25T12:00:00Z', {
      'reviews/freeze.yaml': review('freeze', '2026-02-06', 'signoff:\n  by: ana\n  date: "2026-02-06"\n  decision: rejected\n'),
    });
    expect(status.freeze).toBe('overdue');
  });

  it('counts the latest review: approved on a second look means done', async () => {
    const { status } = await orchidAt('2026-02-25T12:00:00Z', {
      'reviews/freeze.yaml': review('freeze', '2026-02-06', 'signoff:\n  by: ana\n  date: "2026-02-06"\n  decision: rejected\n'),
      'reviews/freeze-again.yaml': review('freeze', '2026-02-13', 'signoff:\n  by: ana\n  date: "2026-02-13"\n  decision: approved-with-exceptions\n'),
    });
    expect(status.freeze).toBe('done');
  });

  it('does not touch milestones that are not past yet', async () => {
    const { status } = await orchidAt('2026-02-25T12:00:00Z', { 'reviews/rc.yaml': review('rc', '2026-02-20') });
    expect(status.rc).toBe('due-this-week');
  });
});

describe('release lifecycle without every date', () => {
  const base = { start: '2026-01-08', released: '2026-03-05' };

  it('reaches end of life after maintenance when no endOfLife is given', () => {
    const lifecycle = { ...base, maintainedUntil: '2026-12-31' };
    expect(releaseStatusOn('2026-12-31', lifecycle)).toBe('maintained');
    expect(releaseStatusOn('2027-01-01', lifecycle)).toBe('end-of-life');
    expect(nextPhase('2026-06-01', lifecycle)).toEqual({ status: 'end-of-life', date: '2027-01-01' });
  });

  it('stays released when neither maintenance nor end of life is declared', () => {
    expect(releaseStatusOn('2030-01-01', base)).toBe('released');
    expect(nextPhase('2026-06-01', base)).toBeUndefined();
    // Released with its support still to be set, which is not support without fixes.
    expect(nextPhase('2026-02-01', base)).toEqual({ status: 'released', date: '2026-03-05', supportUnset: true });
  });

  it('is released until its end of life when only that is given', () => {
    const lifecycle = { ...base, endOfLife: '2027-03-05' };
    expect(releaseStatusOn('2027-03-04', lifecycle)).toBe('released');
    expect(releaseStatusOn('2027-03-05', lifecycle)).toBe('end-of-life');
    expect(nextPhase('2026-02-01', lifecycle)).toEqual({ status: 'released', date: '2026-03-05' });
  });

  it('stays in development without a release milestone', () => {
    expect(releaseStatusOn('2030-01-01', { start: '2026-01-08' })).toBe('in-development');
  });
});

describe('week-by-week schedule', () => {
  it('lists every week from the first milestone to the last, with R-n labels', async () => {
    const { release } = await orchidAt('2026-02-25T12:00:00Z');
    const weeks = scheduleWeeks(release, '2026-02-25');
    expect(weeks).toHaveLength(11);
    expect(weeks.map((w) => w.label)).toEqual(['R-8', 'R-7', 'R-6', 'R-5', 'R-4', 'R-3', 'R-2', 'R-1', 'R-0', 'R+1', 'R+2']);
    expect(weeks[0]).toMatchObject({ weekStart: '2026-01-05', weekEnd: '2026-01-11', current: false });
    expect(weeks[1]!.milestones).toEqual([]);
    const r1 = weeks[7]!;
    expect(r1).toMatchObject({ weekStart: '2026-02-23', current: true });
    expect(r1.crossProject.map((m) => m.id)).toEqual(['rc']);
    expect(r1.projectSpecific.map((m) => m.id)).toEqual(['beacon-docs']);
    expect(weeks[8]!.milestones.map((m) => m.id)).toEqual(['release']);
    expect(weeks.filter((w) => w.current)).toHaveLength(1);
  });

  it('names the weeks of a release without a release date by ISO week, not R-n', async () => {
    const latest = `---\nname: Latest\ntype: latest\nmilestones:\n  - id: trial\n    name: Trial starts\n    date: "2026-12-31"\n  - id: review\n    name: Trial review\n    date: "2027-01-14"\n---\n`;
    const content = await contentOf({ 'releases/latest.md': latest });
    const [release] = resolveReleases(content, createClock({ timezone: 'UTC', now: '2027-01-05T12:00:00Z' })).releases;
    expect(release!.milestones.map((m) => m.weekLabel)).toEqual(['2026-W53', '2027-W02']);
    expect(scheduleWeeks(release!).map((w) => w.label)).toEqual(['2026-W53', '2027-W01', '2027-W02']);
  });

  it('is empty for a release without resolvable milestones', () => {
    expect(scheduleWeeks({ milestones: [] })).toEqual([]);
  });
});

describe('several releases', () => {
  it('are listed by release date, and a broken schedule leaves only its resolvable milestones', async () => {
    const content = await contentOf({
      'releases/orchid.md': orchid,
      'releases/early.md': '---\nname: Early\ntype: ga\nmilestones:\n  - id: rel\n    name: Release\n    kind: release\n    date: "2025-09-04"\n  - id: x\n    name: X\n    after: nowhere\n    offset: +1d\n---\n',
    });
    const { releases, diagnostics } = resolveReleases(content, createClock({ timezone: 'UTC', now: '2026-01-01T00:00:00Z' }));
    expect(releases.map((r) => [r.id, r.status])).toEqual([['early', 'released'], ['orchid', 'planned']]);
    expect(releases[0]!.milestones.map((m) => m.id)).toEqual(['rel']);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'releases/early.md', line: 11, rule: 'schedule-reference' })]);
  });
});
