import { describe, expect, it } from 'vitest';
import { parseSeconds, parseTimestamp } from '../../src/core/results/values.ts';

describe('parseSeconds', () => {
  it.each([
    ['0.002', 0.002],
    ['1.4e-05', 0.000014],
    ['1,234.5', 1234.5],
    ['12,345,678', 12345678],
    ['0,25', 0.25],
    [' 7 ', 7],
  ])('reads %j as %d', (text, seconds) => {
    expect(parseSeconds(text)).toBe(seconds);
  });

  it.each([undefined, '', '<<computed>>', '-1', 'NaN', 'Infinity', '1,2,3'])('gives up on %j', (text) => {
    expect(parseSeconds(text)).toBeUndefined();
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['2020-10-12T20:17:41', '2020-10-12T20:17:41.000Z'],
    ['2020-10-12 20:17:41', '2020-10-12T20:17:41.000Z'],
    ['2024-04-19T08:20:31.569834', '2024-04-19T08:20:31.569Z'],
    ['2022-12-29T02:23:00Z', '2022-12-29T02:23:00.000Z'],
    ['2024-12-02T20:06:10.512+00:00', '2024-12-02T20:06:10.512Z'],
    ['2026-03-03T10:00:00+0200', '2026-03-03T08:00:00.000Z'],
    ['2026-03-03T10:00:00-05', '2026-03-03T15:00:00.000Z'],
  ])('reads %j (zone-less as UTC)', (text, iso) => {
    expect(parseTimestamp(text)?.toISOString()).toBe(iso);
  });

  it.each(['yesterday', '2024-02-30T00:00:00', '2024-13-01T00:00:00', '1700000000', ''])('gives up on %j', (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});
