import { describe, expect, it } from 'vitest';
import { formatDuration, instantText, isoInstant, parseDuration, parseInstant } from '../../src/core/promotion/time.ts';

describe('result timestamps', () => {
  it('reads UTC timestamps, with or without milliseconds, as Date.parse does', () => {
    for (const value of ['2026-11-23T04:20:00Z', '2026-11-23T04:20:00.123Z', '2024-02-29T23:59:59.999Z', '1999-12-31T00:00:00Z']) {
      expect(parseInstant(value)).toBe(Date.parse(value));
    }
  });

  it('agrees with Date.parse on every day from 1900 to 2100, leap days included', () => {
    for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2100, 0, 1); ms += 86_400_000 + 3_723_001) {
      const value = new Date(ms).toISOString();
      expect(parseInstant(value), value).toBe(ms);
      expect(parseInstant(value.replace(/\.\d+Z$/, 'Z')), value).toBe(Math.floor(ms / 1000) * 1000);
    }
  });

  it('honours offsets and reads a time without zone as UTC', () => {
    expect(parseInstant('2026-11-23T06:20:00+02:00')).toBe(Date.parse('2026-11-23T04:20:00Z'));
    expect(parseInstant('2026-11-23T04:20:00')).toBe(Date.parse('2026-11-23T04:20:00Z'));
    expect(parseInstant('2026-11-23T04:20:00.5Z')).toBe(Date.parse('2026-11-23T04:20:00.500Z'));
  });
});

describe('durations', () => {
  it('parses the units a policy may use and rejects others', () => {
    expect([parseDuration('90m'), parseDuration('48h'), parseDuration('7d'), parseDuration('2w')]).toEqual([5_400_000, 172_800_000, 604_800_000, 1_209_600_000]);
    expect(parseDuration('3 months')).toBeUndefined();
  });

  it('formats an age in its largest whole unit', () => {
    expect([formatDuration(5_400_000), formatDuration(200_000_000), formatDuration(30_000)]).toEqual(['1h', '2d', '0m']);
  });
});

describe('instants written out', () => {
  it('writes what toISOString writes, from year 1000 to 9999', () => {
    // Mismatches are collected, not asserted one by one: 470,000 expect calls take seconds on a busy machine.
    const mismatches: string[] = [];
    for (let ms = Date.UTC(1000, 0, 1); ms < Date.UTC(9999, 11, 31); ms += 86_400_000 * 7 + 3_723_017) {
      const written = isoInstant(ms);
      if (written !== new Date(ms).toISOString()) mismatches.push(`${ms}: ${written}`);
    }
    expect(mismatches).toEqual([]);
    for (const value of ['2024-02-29T23:59:59.999Z', '2000-03-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z', '1969-12-31T23:59:59.001Z']) {
      expect(isoInstant(Date.parse(value))).toBe(value);
    }
  });

  it('leaves years Date writes in six digits to Date', () => {
    expect(isoInstant(Date.UTC(10_000, 0, 1))).toBe('+010000-01-01T00:00:00.000Z');
    expect(isoInstant(Date.UTC(-1, 0, 1))).toBe(new Date(Date.UTC(-1, 0, 1)).toISOString());
  });
});

describe('instants kept as written', () => {
  it('keeps a timestamp already in the written form, so no new string is made', () => {
    for (let ms = Date.UTC(1000, 0, 1); ms < Date.UTC(9999, 11, 31); ms += 86_400_000 * 11 + 3_723_017) {
      const written = new Date(ms).toISOString();
      expect(instantText(written, parseInstant(written)), written).toBe(written);
    }
  });

  it('writes out every other form, as isoInstant does', () => {
    const forms = ['2026-11-23T04:20:00Z', '2026-11-23T06:20:00.000+02:00', '2026-11-23T04:20:00.000', '2026-11-23T04:20:00.5Z', '2026-11-23t04:20:00.000z'];
    for (const written of forms) expect(instantText(written, parseInstant(written)), written).toBe(isoInstant(parseInstant(written)));
  });

  it('does not trust a string that only looks like the form', () => {
    // Days and times the calendar does not have, and text where digits belong.
    for (const written of ['2026-02-29T04:20:00.000Z', '2026-04-31T04:20:00.000Z', '2026-13-01T04:20:00.000Z', '2026-11-23T24:00:00.000Z', '2026-11-23T04:60:00.000Z', '2026-1a-23T04:20:00.000Z', '2026-11x23T04:20:00.000Z']) {
      expect(instantText(written, Date.UTC(2026, 0, 1)), written).toBe('2026-01-01T00:00:00.000Z');
    }
  });

  it('writes the instant it is given when the text says another', () => {
    expect(instantText('2026-11-23T04:20:00.000Z', Date.UTC(2026, 10, 23, 5))).toBe('2026-11-23T05:00:00.000Z');
  });
});
