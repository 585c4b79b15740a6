import ICAL from 'ical.js';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** Every calendar the sample portal publishes, read back with an independent iCalendar parser. */
const sample = inject('sample');

async function calendarFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ics')).map((e) => join(e.parentPath, e.name));
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('published calendars', () => {
  it('parse, and hold whole-day events with unique, stable UIDs and the build stamp', async () => {
    const files = await calendarFiles(sample.dir);
    expect(files.map((f) => relative(sample.dir, f))).toEqual(expect.arrayContaining(['calendar.ics', 'releases/iris.ics', 'projects/relay.ics', 'calendar/active.ics']));
    for (const file of files) {
      const calendar = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')));
      const events = calendar.getAllSubcomponents('vevent').map((v) => ({ vevent: v, event: new ICAL.Event(v) }));
      // A project outside every release (an archived one) has an empty calendar; the others have events.
      if (!file.includes('/projects/')) expect(events.length, file).toBeGreaterThan(0);
      const uids = events.map(({ event }) => event.uid);
      expect(new Set(uids).size, `${file}: duplicate UIDs`).toBe(uids.length);
      for (const { vevent, event } of events) {
        expect(event.uid).toMatch(/^[a-z0-9.-]+\.[a-z0-9.-]+@releases\.lumen-edge\.example\.org$/);
        expect(event.startDate.isDate, `${file} ${event.uid}`).toBe(true);
        expect(event.endDate.toString()).toBe(nextDay(event.startDate.toString()));
        expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-24T00:00:00Z');
      }
    }
  });

  it('give each milestone the same UID in every calendar that holds it', async () => {
    const uidsOf = async (path: string) =>
      new ICAL.Component(ICAL.parse(await readFile(join(sample.dir, path), 'utf8'))).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
    const all = new Set(await uidsOf('calendar.ics'));
    for (const uid of await uidsOf('releases/iris.ics')) expect(all).toContain(uid);
  });
});
