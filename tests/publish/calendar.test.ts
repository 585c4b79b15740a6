import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { durationSeconds, milestoneEvents, renderCalendar } from '../../src/core/publish/calendar.ts';
import { combinedCalendars, releasesWith } from '../../src/core/publish/calendar-scope.ts';
import { createClock } from '../../src/core/schedule/clock.ts';
import type { Clock, ResolvedRelease } from '../../src/core/schedule/types.ts';
import { fixtureModel, publishFixture, site } from './fixture.ts';

async function calendarText(at: string | Clock, project?: string) {
  const model = await fixtureModel(at);
  const events = milestoneEvents(model.releases, site, model.portal.timezone, project);
  return renderCalendar(events, { name: 'Iris', description: 'Iris milestones', clock: model.clock, reminders: model.portal.calendar.reminders, timezone: model.portal.timezone });
}

/** Content lines with RFC 5545 folding undone. */
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
}

describe('a release calendar', () => {
  it('parses with an independent iCalendar parser and holds every milestone as a whole day', async () => {
    const events = parse(await calendarText('2026-11-24T10:00:00Z'));
    expect(events.map(({ event }) => [event.uid, event.startDate.toString(), event.endDate.toString(), event.startDate.isDate])).toEqual([
      ['iris.relay-branch@rel.example.org', '2027-03-11', '2027-03-12', true],
      ['iris.freeze@rel.example.org', '2027-02-25', '2027-02-26', true],
      ['iris.release@rel.example.org', '2027-03-25', '2027-03-26', true],
    ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))));
  });

  it('marks an estimated date tentative and a set one confirmed, and shows no subscriber as busy', async () => {
    const model = await fixtureModel('2026-11-24T10:00:00Z');
    const event = { summary: 'S', description: 'D', url: 'https://example.org/' };
    const text = renderCalendar([{ ...event, uid: 'a@x', day: '2027-01-07', estimated: true }, { ...event, uid: 'b@x', day: '2027-01-14', estimated: false }], {
      name: 'N', description: 'D', clock: model.clock, reminders: [], timezone: 'UTC',
    });
    expect(parse(text).map(({ vevent }) => [vevent.getFirstPropertyValue('uid'), vevent.getFirstPropertyValue('status'), vevent.getFirstPropertyValue('transp')])).toEqual([
      ['a@x', 'TENTATIVE', 'TRANSPARENT'], ['b@x', 'CONFIRMED', 'TRANSPARENT'],
    ]);
  });

  it('escapes text and keeps the deadline, checklist and link', async () => {
    const [freeze] = parse(await calendarText('2026-11-24T10:00:00Z')).filter(({ event }) => event.uid.startsWith('iris.freeze'));
    expect(freeze!.event.summary).toBe('Iris; the "first", release: Feature freeze');
    expect(freeze!.event.description).toContain('Deadline: 26 Feb 2027, 12:59 CET (26 Feb 2027, 11:59 UTC)');
    expect(freeze!.event.description).toContain('- Features merged, behind flags');
    expect(freeze!.vevent.getFirstPropertyValue('url')).toBe('https://rel.example.org/portal/releases/iris/#milestone-freeze');
  });

  it('folds long lines at 75 octets and ends lines with CRLF', async () => {
    const text = await calendarText('2026-11-24T10:00:00Z');
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
  });

  it('writes each event\'s properties before its alarms, as RFC 5545 orders a VEVENT', async () => {
    const lines = unfolded(await calendarText('2026-11-24T10:00:00Z'));
    const events = lines.join('\n').split('BEGIN:VEVENT').slice(1);
    expect(events.length).toBe(3);
    for (const event of events) {
      const afterAlarms = event.slice(event.lastIndexOf('END:VALARM')).split('\n').slice(1);
      expect(afterAlarms).toEqual(['END:VEVENT', ...(event.includes('END:VCALENDAR') ? ['END:VCALENDAR', ''] : [''])]);
      expect(event).toContain('URL;VALUE=URI:https://rel.example.org/portal/releases/iris/');
    }
  });

  it('escapes the calendar name and description as TEXT, so no comma, semicolon or line break leaks', async () => {
    const model = await fixtureModel('2026-11-24T10:00:00Z');
    const name = 'Lumen, Edge; a\\b\nX-INJECTED:yes';
    const text = renderCalendar([], { name, description: `${name} milestones`, clock: model.clock, reminders: [], timezone: 'UTC' });
    const lines = unfolded(text);
    expect(lines).toContain('NAME:Lumen\\, Edge\\; a\\\\b\\nX-INJECTED:yes');
    expect(lines.some((line) => line.startsWith('X-INJECTED'))).toBe(false);
    expect(lines).toContain('X-WR-CALNAME:Lumen\\, Edge\\; a\\\\b\\nX-INJECTED:yes');
    expect(lines).toContain('X-WR-CALDESC:Lumen\\, Edge\\; a\\\\b\\nX-INJECTED:yes milestones');
  });

  it('adds the reminders set in portal.yaml', async () => {
    const [first] = parse(await calendarText('2026-11-24T10:00:00Z'));
    const triggers = first!.vevent.getAllSubcomponents('valarm').map((alarm) => alarm.getFirstPropertyValue('trigger')!.toString());
    expect(triggers).toEqual(['-P1D', '-PT2H']);
  });

  it('writes minutes and combined reminders as ISO 8601 triggers', async () => {
    const model = await fixtureModel('2026-11-24T10:00:00Z');
    const events = milestoneEvents(model.releases.filter((r) => r.id === 'iris'), site, 'UTC').slice(0, 1);
    const text = renderCalendar(events, { name: 'Iris', description: 'Iris milestones', clock: model.clock, reminders: ['-PT30M', '-P1DT12H', '-PT1H30M'], timezone: 'UTC' });
    const triggers = parse(text)[0]!.vevent.getAllSubcomponents('valarm').map((alarm) => alarm.getFirstPropertyValue('trigger')!.toString());
    expect(triggers).toEqual(['-PT30M', '-P1DT12H', '-PT1H30M']);
  });

  it('stamps events with SOURCE_DATE_EPOCH, so two builds give identical files', async () => {
    const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 24) / 1000) };
    const a = await calendarText(createClock({ timezone: 'Europe/Paris', env }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const b = await calendarText(createClock({ timezone: 'Europe/Paris', env }));
    expect(a).toBe(b);
    expect(parse(a)[0]!.vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-24T00:00:00Z');
  });
});

describe('a subscribed calendar after the schedule changes', () => {
  it('revises every event, so that clients that keep an event whose SEQUENCE did not rise take the new date', async () => {
    const before = parse(await calendarText('2026-11-24T10:00:00Z'));
    const after = parse(await calendarText('2026-11-25T10:00:00Z'));
    for (const [i, { vevent }] of after.entries()) {
      const earlier = before[i]!.vevent;
      expect(vevent.getFirstPropertyValue('uid')).toBe(earlier.getFirstPropertyValue('uid'));
      expect(Number(vevent.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(earlier.getFirstPropertyValue('sequence')));
      // RFC 5545 (3.3.8): an INTEGER is at most 2147483647.
      expect(Number(vevent.getFirstPropertyValue('sequence'))).toBeLessThan(2 ** 31);
      expect(vevent.getFirstPropertyValue('last-modified')!.toString()).toBe('2026-11-25T10:00:00Z');
    }
  });
});

describe('a project calendar', () => {
  it("keeps cross-project milestones and the project's own, not other projects'", async () => {
    const docs = parse(await calendarText('2026-11-24T10:00:00Z', 'docs')).map(({ event }) => event.uid);
    const relay = parse(await calendarText('2026-11-24T10:00:00Z', 'relay')).map(({ event }) => event.uid);
    expect(docs).not.toContain('iris.relay-branch@rel.example.org');
    expect(relay).toContain('iris.relay-branch@rel.example.org');
  });

  it("names the project in its own milestone's summary, as the release page does", async () => {
    const model = await fixtureModel('2026-11-24T10:00:00Z');
    const events = milestoneEvents(model.releases, site, model.portal.timezone, 'relay');
    expect(events.find((e) => e.uid.startsWith('iris.relay-branch@'))!.summary).toBe('Iris; the "first", release: Relay: Relay branch cut');
    expect(events.find((e) => e.uid.startsWith('iris.release@'))!.summary).toBe('Iris; the "first", release: Release');
  });
});

describe('reminder durations', () => {
  it('reads ISO 8601 durations as seconds before the event', () => {
    expect(['-P1D', '-PT2H', '-P1W', '-P1DT12H', '-PT30M'].map(durationSeconds)).toEqual([86400, 7200, 604800, 129600, 1800]);
  });
});

describe('project calendars', () => {
  it('exist only for a project whose calendar would hold an event: RFC 5545 wants at least one', async () => {
    const model = await fixtureModel('2026-11-24T10:00:00Z', {
      ...publishFixture,
      'projects/spark.md': '---\nname: Spark\ndescription: Not in any release yet.\nlifecycle: incubation\nreleaseManagers: [ana, ben]\n---\n',
    });
    const calendars = Object.fromEntries(model.projects.map((p) => [p.id, p.hasCalendar]));
    expect(calendars).toEqual({ docs: true, relay: true, spark: false });
    for (const project of model.projects) {
      expect(milestoneEvents(releasesWith(model.releases, project.id), site, model.portal.timezone, project.id).length > 0, project.id).toBe(project.hasCalendar);
    }
  });
});

describe('combined calendars', () => {
  const release = (type: 'ga' | 'maintenance' | 'latest', status: ResolvedRelease['status'], isEol = false) => ({ data: { type }, status, isEol });

  it('hold the releases of their kind, at the paths the calendars page links', () => {
    const releases = [release('ga', 'end-of-life', true), release('ga', 'in-development'), release('maintenance', 'maintained'), release('latest', 'released')];
    const { offered, notYet } = combinedCalendars(releases);
    expect(offered.map((c) => [c.path, c.releases.length])).toEqual([['calendar.ics', 4], ['calendar/active.ics', 2], ['calendar/ga.ics', 2], ['calendar/maintenance.ics', 1]]);
    expect(notYet).toEqual([]);
  });

  it('are not offered while they would be empty, and are named as not offered yet', () => {
    const { offered, notYet } = combinedCalendars([release('ga', 'released')]);
    expect(offered.map((c) => c.id)).toEqual(['all', 'ga']);
    expect(notYet.map((c) => c.name)).toEqual(['Active releases', 'Maintenance releases']);
    expect(combinedCalendars([]).offered).toEqual([]);
  });
});
