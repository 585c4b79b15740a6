import ICAL from 'ical.js';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** Every calendar the sample portal publishes, read back with an independent iCalendar parser. */
const sample = inject('sample');
/** The sample content with script payloads (quotes, angle brackets) in every text field. */
const hostile = inject('hostile');

/**
 * What RFC 5545 asks of the bytes, read strictly (ical.js forgives much of
 * it): CRLF line ends, lines of at most 75 octets, folds that start with a
 * space, TEXT values with , ; and \\ escaped, and each event's properties
 * before its alarms.
 */
function rfc5545Problems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('no CRLF after the last line');
  const physical = text.slice(0, -2).split('\r\n');
  physical.forEach((line, i) => {
    if (/[\r\n]/.test(line)) problems.push(`line ${i + 1}: a bare CR or LF`);
    if (Buffer.byteLength(line) > 75) problems.push(`line ${i + 1}: ${Buffer.byteLength(line)} octets`);
  });
  const lines = text.slice(0, -2).replace(/\r\n[ \t]/g, '').split('\r\n');
  let inAlarm = false;
  let alarmsSeen = false;
  for (const line of lines) {
    const match = /^([A-Z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) { problems.push(`not a content line: ${line}`); continue; }
    const [, name, , value] = match as unknown as [string, string, string, string];
    if (line === 'BEGIN:VEVENT') alarmsSeen = false;
    else if (line === 'BEGIN:VALARM') inAlarm = alarmsSeen = true;
    else if (line === 'END:VALARM') inAlarm = false;
    else if (!inAlarm && alarmsSeen && line !== 'END:VEVENT' && line !== 'END:VCALENDAR') problems.push(`${name} after the event's alarms`);
    if (['SUMMARY', 'DESCRIPTION', 'NAME', 'X-WR-CALNAME', 'X-WR-CALDESC'].includes(name) && /[;,\\]/.test(value.replace(/\\[\\;,nN]/g, ''))) {
      problems.push(`${name} with an unescaped , ; or \\: ${value.slice(0, 60)}`);
    }
  }
  return problems;
}

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
      // RFC 5545: a calendar holds at least one component. A project in no release has none to publish.
      expect(events.length, file).toBeGreaterThan(0);
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

  it('follow RFC 5545 to the letter: line ends, folding, TEXT escaping, alarms after the event\'s properties', async () => {
    for (const dir of [sample.dir, hostile.dir]) {
      const files = await calendarFiles(dir);
      expect(files.length).toBeGreaterThan(10);
      for (const file of files) expect(rfc5545Problems(await readFile(file, 'utf8')), relative(dir, file)).toEqual([]);
    }
  });

  it('are neither published nor linked for a project in no release, and the calendars page says which', async () => {
    const files = (await calendarFiles(sample.dir)).map((f) => relative(sample.dir, f));
    for (const project of ['flicker', 'lighthouse', 'spark']) expect(files).not.toContain(`projects/${project}.ics`);
    const page = await readFile(join(sample.dir, 'calendar/index.html'), 'utf8');
    expect(page).not.toMatch(/projects\/(flicker|lighthouse|spark)\.ics/);
    expect(page.replace(/<[^>]+>/g, '')).toMatch(/No calendar yet for [^:]*Flicker[^:]*: they take part in no release published here\./);
    expect(await readFile(join(sample.dir, 'projects/flicker/index.html'), 'utf8')).not.toContain('.ics');
  });

  it('give each milestone the same UID in every calendar that holds it', async () => {
    const uidsOf = async (path: string) =>
      new ICAL.Component(ICAL.parse(await readFile(join(sample.dir, path), 'utf8'))).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
    const all = new Set(await uidsOf('calendar.ics'));
    for (const uid of await uidsOf('releases/iris.ics')) expect(all).toContain(uid);
  });
});
