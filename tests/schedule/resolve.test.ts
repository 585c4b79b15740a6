import { describe, expect, it } from 'vitest';
import { resolveSchedule } from '../../src/core/schedule/milestone-dates.ts';
import { releaseSchema } from '../../src/core/schemas/releases.ts';
import { diagnosticsOf, releaseFile } from './helpers.ts';

type MilestoneInput = Record<string, unknown> & { id: string };

/** Resolves milestones given as objects; names default to the id. */
function resolve(milestones: MilestoneInput[], release: Record<string, unknown> = {}, timezone = 'UTC') {
  const data = releaseSchema.parse({ name: 'R', type: 'ga', ...release, milestones: milestones.map((m) => ({ name: m.id, ...m })) });
  const schedule = resolveSchedule(data, { timezone });
  const byId = Object.fromEntries(data.milestones.map((m, i) => [m.id, schedule.dates[i]]));
  return { ...schedule, byId };
}

describe('relative chains', () => {
  it('resolves milestones written in any order', () => {
    const { byId, problems } = resolve([
      { id: 'test-freeze', after: 'install-freeze', offset: '+1w' },
      { id: 'install-freeze', after: 'feature-freeze', offset: '+2w' },
      { id: 'feature-freeze', after: 'release', offset: '-6w' },
      { id: 'release', kind: 'release', date: '2026-05-14' },
      { id: 'retrospective', after: 'release', offset: '+3 weekdays' },
    ]);
    expect(problems).toEqual([]);
    expect(byId['feature-freeze']).toMatchObject({ date: '2026-04-02', rule: '-6w from release' });
    expect(byId['install-freeze']!.date).toBe('2026-04-16');
    expect(byId['test-freeze']!.date).toBe('2026-04-23');
    // Thursday + 3 working days skips the weekend.
    expect(byId.retrospective!.date).toBe('2026-05-19');
  });

  it('counts working days backwards across a weekend', () => {
    const { byId } = resolve([
      { id: 'signoff', after: 'release', offset: '-2 weekdays' },
      { id: 'release', kind: 'release', date: '2026-03-09' },
    ]);
    expect(byId.signoff!.date).toBe('2026-03-05');
  });

  it('makes a date estimated when it is dated from an estimate', () => {
    const { byId } = resolve([
      { id: 'freeze', after: 'release', offset: '-6w' },
      { id: 'fixed', date: '2026-04-01' },
      { id: 'release', kind: 'release', date: '2026-05-14', estimated: true },
    ]);
    expect(byId.freeze!.estimated).toBe(true);
    expect(byId.fixed!.estimated).toBe(false);
  });
});

describe('release-relative weeks', () => {
  it('puts R-n on the deadline weekday of the n-th week before the release week', () => {
    const { byId, releaseDate } = resolve([
      { id: 'freeze', week: 'R-5' },
      { id: 'rc', week: 'R-1' },
      { id: 'release', kind: 'release', date: '2026-03-05' },
      { id: 'after', week: 'R+2' },
    ]);
    expect(releaseDate).toBe('2026-03-05');
    expect(byId.freeze).toMatchObject({ date: '2026-01-29', rule: 'R-5' });
    expect(byId.rc!.date).toBe('2026-02-26');
    expect(byId.after!.date).toBe('2026-03-19');
  });

  it('uses the release deadline weekday', () => {
    const { byId } = resolve(
      [{ id: 'freeze', week: 'R-5' }, { id: 'release', kind: 'release', date: '2026-03-05' }],
      { deadlineWeekday: 'monday' },
    );
    expect(byId.freeze!.date).toBe('2026-01-26');
  });

  it('counts the week of a release that is not on the deadline weekday', () => {
    // Released on a Saturday: R-0 is still that Monday-based week, so R-0's Friday comes before it.
    const { byId } = resolve(
      [{ id: 'final', week: 'R-0' }, { id: 'release', kind: 'release', date: '2026-03-07' }],
      { deadlineWeekday: 'friday' },
    );
    expect(byId.final!.date).toBe('2026-03-06');
  });

  it('counts from a release milestone that is itself relative', () => {
    const { byId } = resolve([
      { id: 'freeze', week: 'R-2' },
      { id: 'release', kind: 'release', after: 'planning', offset: '+10w' },
      { id: 'planning', date: '2026-01-01' },
    ]);
    expect(byId.release!.date).toBe('2026-03-12');
    expect(byId.freeze!.date).toBe('2026-02-26');
  });
});

describe('deadlines with a time and a zone', () => {
  it('turns an AoE deadline into the UTC instant (UTC-12)', () => {
    const { byId } = resolve([{ id: 'freeze', kind: 'release', date: '2026-03-05', time: '23:59', timezone: 'AoE' }]);
    expect(byId.freeze).toMatchObject({ date: '2026-03-05', deadline: '2026-03-06T11:59:00Z' });
  });

  it('uses the portal zone when the milestone gives none', () => {
    const { byId } = resolve([{ id: 'm', date: '2026-07-01', time: '12:00' }], {}, 'America/New_York');
    expect(byId.m!.deadline).toBe('2026-07-01T16:00:00Z');
  });

  it('reads "UTC" and IANA zones', () => {
    const { byId } = resolve([
      { id: 'a', date: '2026-01-15', time: '17:00', timezone: 'UTC' },
      { id: 'b', date: '2026-01-15', time: '17:00', timezone: 'Asia/Kolkata' },
    ]);
    expect(byId.a!.deadline).toBe('2026-01-15T17:00:00Z');
    expect(byId.b!.deadline).toBe('2026-01-15T11:30:00Z');
  });
});

describe('daylight saving time (Europe/Paris)', () => {
  const paris = (milestones: MilestoneInput[]) => resolve(milestones, {}, 'Europe/Paris');

  it('keeps calendar dates when a shift crosses the March change', () => {
    const { byId } = paris([
      { id: 'before', date: '2026-03-26', time: '09:00' },
      { id: 'week-later', after: 'before', offset: '+1w', time: '09:00' },
      { id: 'next-day', after: 'saturday', offset: '+1d', time: '09:00' },
      { id: 'saturday', date: '2026-03-28', time: '09:00' },
    ]);
    expect(byId['week-later']!.date).toBe('2026-04-02');
    expect(byId['next-day']!.date).toBe('2026-03-29');
    // 09:00 is 08:00Z in winter (UTC+1) and 07:00Z in summer (UTC+2).
    expect(byId.saturday!.deadline).toBe('2026-03-28T08:00:00Z');
    expect(byId['next-day']!.deadline).toBe('2026-03-29T07:00:00Z');
    expect(byId['week-later']!.deadline).toBe('2026-04-02T07:00:00Z');
  });

  it('keeps calendar dates when a shift crosses the October change', () => {
    const { byId } = paris([
      { id: 'release', kind: 'release', date: '2026-10-29', time: '09:00' },
      { id: 'freeze', week: 'R-1', time: '09:00' },
      { id: 'eve', after: 'sunday', offset: '-1d', time: '09:00' },
      { id: 'sunday', date: '2026-10-25', time: '09:00' },
    ]);
    expect(byId.freeze!.date).toBe('2026-10-22');
    expect(byId.eve!.date).toBe('2026-10-24');
    expect(byId.freeze!.deadline).toBe('2026-10-22T07:00:00Z');
    expect(byId.sunday!.deadline).toBe('2026-10-25T08:00:00Z');
    expect(byId.release!.deadline).toBe('2026-10-29T08:00:00Z');
  });

  it('moves a time skipped in March forward, and takes the first of a time repeated in October', () => {
    const { byId } = paris([
      { id: 'skipped', date: '2026-03-29', time: '02:30' },
      { id: 'repeated', date: '2026-10-25', time: '02:30' },
    ]);
    expect(byId.skipped!.deadline).toBe('2026-03-29T01:30:00Z'); // 03:30 CEST
    expect(byId.repeated!.deadline).toBe('2026-10-25T00:30:00Z'); // 02:30 CEST, before clocks go back
  });

  it('does not depend on the time zone of the machine', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const { byId } = paris([{ id: 'a', date: '2026-03-28' }, { id: 'b', after: 'a', offset: '+2d' }]);
      expect(byId.b!.date).toBe('2026-03-30');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('problems reported by the validator, at their line', () => {
  it('reports a cycle once, at the first milestone of the loop', async () => {
    const diagnostics = await diagnosticsOf({
      'releases/r.md': releaseFile(
        '  - id: a\n    name: A\n    after: c\n    offset: +1w\n' + // lines 5-8
        '  - id: b\n    name: B\n    after: a\n    offset: +1w\n' + // lines 9-12
        '  - id: c\n    name: C\n    after: b\n    offset: +1w\n' + // lines 13-16
        '  - id: rel\n    name: Release\n    kind: release\n    date: "2026-03-05"\n',
      ),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'releases/r.md', line: 7, column: 12, field: 'milestones.0.after', rule: 'schedule-cycle', severity: 'error',
        message: 'milestone dates depend on each other in a circle: "a" → "c" → "b" → "a"',
      }),
    ]);
    expect(diagnostics[0]!.hint).toContain('absolute `date`');
  });

  it('says that a milestone is dated from itself, rather than calling it a circle', async () => {
    const diagnostics = await diagnosticsOf({
      'releases/a.md': releaseFile(
        '  - id: freeze\n    name: Freeze\n    after: freeze\n    offset: -1w\n' + // lines 5-8
        '  - id: rel\n    name: Release\n    kind: release\n    date: "2026-03-05"\n',
      ),
    });
    expect(diagnostics.map((d) => [d.file, d.line, d.field, d.rule, d.message, d.hint])).toEqual([
      ['releases/a.md', 7, 'milestones.0.after', 'schedule-cycle', 'milestone "freeze" is dated from itself',
        '`after` takes the id of another milestone of this release; or give this one an absolute `date`'],
    ]);
  });

  it('reports a cycle through the release week', async () => {
    const diagnostics = await diagnosticsOf({
      'releases/r.md': releaseFile(
        '  - id: freeze\n    name: Freeze\n    week: R-2\n' + // lines 5-7
        '  - id: rel\n    name: Release\n    kind: release\n    after: freeze\n    offset: +2w\n', // lines 8-12
      ),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 7, field: 'milestones.0.week', rule: 'schedule-cycle', message: expect.stringContaining('"freeze" → "rel" → "freeze"') }),
    ]);
  });

  it('reports an unknown `after` with the closest id, and nothing for the milestones that depend on it', async () => {
    const diagnostics = await diagnosticsOf({
      'releases/r.md': releaseFile(
        '  - id: feature-freeze\n    name: Freeze\n    after: relase\n    offset: -6w\n' + // lines 5-8
        '  - id: rc\n    name: RC\n    after: feature-freeze\n    offset: +5w\n' +
        '  - id: release\n    name: Release\n    kind: release\n    date: "2026-03-05"\n',
      ),
    });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      line: 7, field: 'milestones.0.after', rule: 'schedule-reference',
      message: 'milestone "feature-freeze" is dated from "relase", which is not a milestone of this release',
    });
    expect(diagnostics[0]!.hint).toContain('did you mean "release"?');
  });

  it('reports `week:` in a release without a release milestone', async () => {
    const [d] = await diagnosticsOf({
      'releases/r.md': releaseFile('  - id: start\n    name: Start\n    date: "2026-01-08"\n  - id: freeze\n    name: Freeze\n    week: R-5\n'),
    });
    expect(d).toMatchObject({ line: 10, field: 'milestones.1.week', rule: 'schedule-week', message: expect.stringContaining('no milestone of kind "release"') });
  });

  it('warns about a GA or maintenance release without a release milestone, not about a latest stream', async () => {
    const milestones = '  - id: start\n    name: Start\n    date: "2026-01-08"\n';
    expect(await diagnosticsOf({ 'releases/r.md': releaseFile(milestones) })).toMatchObject([
      { line: 4, field: 'milestones', rule: 'schedule-release', severity: 'warning', message: expect.stringContaining('GA release has no milestone of kind "release"') },
    ]);
    const latest = releaseFile(milestones).replace('type: ga', 'type: latest');
    expect(await diagnosticsOf({ 'releases/r.md': latest })).toEqual([]);
  });

  it('reports a release milestone placed by week', async () => {
    const [d] = await diagnosticsOf({ 'releases/r.md': releaseFile('  - id: rel\n    name: Release\n    kind: release\n    week: R-0\n') });
    expect(d).toMatchObject({ line: 8, field: 'milestones.0.week', rule: 'schedule-week' });
  });

  it('reports an unknown time zone, and a zone without a time as a warning', async () => {
    const diagnostics = await diagnosticsOf({
      'releases/r.md': releaseFile(
        '  - id: a\n    name: A\n    date: "2026-03-01"\n    time: "12:00"\n    timezone: Europe/Pariss\n' + // lines 5-9
        '  - id: rel\n    name: Release\n    kind: release\n    date: "2026-03-05"\n    timezone: UTC\n', // lines 10-14
      ),
    });
    expect(diagnostics.map((d) => [d.line, d.severity, d.rule])).toEqual([[9, 'error', 'schedule-timezone'], [14, 'warning', 'schedule-timezone']]);
  });

  it('reports an impossible date (no 29 February in 2027) through the schema', async () => {
    const [d] = await diagnosticsOf({ 'releases/r.md': releaseFile('  - id: rel\n    name: Release\n    kind: release\n    date: "2027-02-29"\n') });
    expect(d).toMatchObject({ line: 8, field: 'milestones.0.date', rule: 'schema', message: expect.stringContaining('not a real calendar date') });
  });

  it('accepts 29 February 2028 and dates one week either side of it', async () => {
    const diagnostics = await diagnosticsOf({
      'releases/r.md': releaseFile(
        '  - id: before\n    name: Before\n    after: leap\n    offset: -1w\n' +
        '  - id: leap\n    name: Leap day\n    date: "2028-02-29"\n' +
        '  - id: rel\n    name: Release\n    kind: release\n    after: leap\n    offset: +1w\n',
      ),
    });
    expect(diagnostics).toEqual([]);
  });

  it('reports a project event without its project, and a project named on a cross-project milestone', async () => {
    const diagnostics = await diagnosticsOf({
      'projects/relay.md': '---\nname: Relay\ndescription: D.\nlifecycle: mature\nreleaseManagers: []\n---\n',
      'releases/r.md': releaseFile(
        '  - id: branch\n    name: Branch cut\n    scope: project\n    date: "2026-03-01"\n' + // lines 5-8
        '  - id: switch\n    name: Switch\n    project: relay\n    date: "2026-03-02"\n' + // lines 9-12
        '  - id: rel\n    name: Release\n    kind: release\n    date: "2026-03-05"\n',
      ),
    });
    expect(diagnostics.filter((d) => d.file === 'releases/r.md').map((d) => [d.line, d.field, d.message])).toEqual([
      [5, 'milestones.0.project', '`project` is required with `scope: project` (the id of the project whose event this is)'],
      [9, 'milestones.1.scope', "`scope` must be `project` when `project` is given; without it the milestone is every project's deadline"],
    ]);
  });

  it("warns about a project's own milestone when the project does not take part in the release", async () => {
    const project = (name: string) => `---\nname: ${name}\ndescription: D.\nlifecycle: mature\nreleaseManagers: []\n---\n`;
    const milestones = '  - id: switch\n    name: Switch\n    scope: project\n    project: relay\n    date: "2026-03-02"\n' + // lines 5-9
      '  - id: rel\n    name: Release\n    kind: release\n    date: "2026-03-05"\n';
    const files = (projects: string) => ({ 'projects/relay.md': project('Relay'), 'projects/docs.md': project('Docs'), 'releases/r.md': releaseFile(milestones, projects) });
    const of = async (projects: string) => (await diagnosticsOf(files(projects))).filter((d) => d.file === 'releases/r.md');
    expect(await of('projects: [docs]\n')).toMatchObject([
      { line: 8, field: 'milestones.0.project', rule: 'milestone-project', severity: 'warning', message: 'milestone "switch" is project "relay"\'s own, but "relay" does not take part in this release' },
    ]);
    expect(await of('projects: [docs, relay]\n')).toEqual([]);
  });

  it('reports maintenance ending before the release', async () => {
    const [d] = await diagnosticsOf({
      'releases/r.md': releaseFile('  - id: rel\n    name: Release\n    kind: release\n    date: "2026-03-05"\n', 'maintainedUntil: "2026-01-01"\n'),
    });
    expect(d).toMatchObject({ line: 9, field: 'maintainedUntil', rule: 'release-lifecycle' });
  });

  it('reports maintenance or end of life on the release day: the release day is still development, so neither would ever be seen', async () => {
    const release = (fields: string) => diagnosticsOf({
      'releases/r.md': releaseFile('  - id: rel\n    name: Release\n    kind: release\n    date: "2026-03-05"\n', fields),
    });
    expect(await release('maintainedUntil: "2026-03-05"\n')).toMatchObject([{ field: 'maintainedUntil', rule: 'release-lifecycle', message: 'maintainedUntil (2026-03-05) is the release day' }]);
    expect(await release('endOfLife: "2026-03-05"\n')).toMatchObject([{ field: 'endOfLife', rule: 'release-lifecycle', message: 'endOfLife (2026-03-05) is the release day' }]);
    expect(await release('maintainedUntil: "2026-03-06"\nendOfLife: "2026-09-01"\n')).toEqual([]);
  });
});

describe('milestone order uses resolved dates', () => {
  it('reports a relative milestone listed after one it falls before', async () => {
    const diagnostics = await diagnosticsOf({
      'releases/r.md': releaseFile(
        '  - id: docs\n    name: Docs\n    date: "2026-02-20"\n' + // lines 5-7
        '  - id: freeze\n    name: Freeze\n    week: R-4\n' + // lines 8-10
        '  - id: rel\n    name: Release\n    kind: release\n    date: "2026-03-05"\n',
      ),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: 10, field: 'milestones.1.week', rule: 'milestone-order', severity: 'error',
        message: 'milestone "freeze" (2026-02-05, resolved from R-4) comes before "docs" (2026-02-20), which is listed above it',
      }),
    ]);
  });

  it('accepts relative milestones listed in date order', async () => {
    const diagnostics = await diagnosticsOf({
      'releases/r.md': releaseFile(
        '  - id: freeze\n    name: Freeze\n    week: R-4\n' +
        '  - id: rc\n    name: RC\n    after: rel\n    offset: -1w\n' +
        '  - id: rel\n    name: Release\n    kind: release\n    date: "2026-03-05"\n',
      ),
    });
    expect(diagnostics).toEqual([]);
  });
});
