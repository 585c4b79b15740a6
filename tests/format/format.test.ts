import { describe, expect, it } from 'vitest';
import { describeDays, describeDaysLeft, describeSpan, formatDay, formatInstant } from '../../src/core/format.ts';

describe('calendar days', () => {
  it('formats a day without shifting it in any zone', () => {
    expect(formatDay('2026-03-05')).toBe('Thu 5 Mar 2026');
    expect(formatDay('2028-02-29')).toBe('Tue 29 Feb 2028');
  });

  it('names every month with three letters, September too', () => {
    const months = Array.from({ length: 12 }, (_, m) => formatDay(`2026-${String(m + 1).padStart(2, '0')}-01`).split(' ')[2]);
    expect(months).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });
});

describe('instants', () => {
  it('shows a deadline in the portal zone and in UTC', () => {
    expect(formatInstant('2026-03-06T11:59:00Z', 'UTC')).toBe('6 Mar 2026, 11:59 UTC');
    expect(formatInstant('2026-03-06T11:59:00Z', 'Europe/Paris')).toBe('6 Mar 2026, 12:59 CET');
  });

  it('writes September as "Sep" and midnight as 00:00, a day later where the zone is ahead', () => {
    expect(formatInstant('2026-09-05T22:00:00Z', 'Europe/Paris')).toBe('6 Sep 2026, 00:00 CEST');
    expect(formatInstant('2026-09-05T23:59:00Z', 'Asia/Kolkata')).toBe('6 Sep 2026, 05:29 GMT+5:30');
  });
});

describe('relative days', () => {
  it('words days the way a reader says them', () => {
    expect([0, 1, -1, 12, -3].map(describeDays)).toEqual(['today', 'tomorrow', 'yesterday', 'in 12 days', '3 days ago']);
  });
});

describe('release phases', () => {
  it('says what happens next in words', async () => {
    const { describePhase } = await import('../../src/core/format.ts');
    expect(describePhase({ status: 'released', date: '2027-05-14' })).toBe('Supported without fixes from Fri 14 May 2027');
    expect(describePhase({ status: 'end-of-life', date: '2027-11-11' })).toBe('End of life from Thu 11 Nov 2027');
    expect(describePhase({ status: 'released', date: '2027-05-14', supportUnset: true })).toBe('Released Fri 14 May 2027; maintenance and end of life not set yet');
    // The release day is the last day of development: the text names it, not the day after.
    expect(describePhase({ status: 'maintained', date: '2027-05-14', releaseDay: '2027-05-13' })).toBe('Released Thu 13 May 2027; maintained from Fri 14 May 2027');
    expect(describePhase({ status: 'released', date: '2027-05-14', supportUnset: true, releaseDay: '2027-05-13' })).toBe('Released Thu 13 May 2027; maintenance and end of life not set yet');
  });
});

describe('instants in UTC', () => {
  it('shows any written offset as UTC, to the minute', async () => {
    const { formatUtc } = await import('../../src/core/format.ts');
    expect(formatUtc('2026-11-22T05:00:00Z')).toBe('2026-11-22 05:00 UTC');
    expect(formatUtc('2026-11-22T07:30:00+02:00')).toBe('2026-11-22 05:30 UTC');
  });
});

describe('spans of time', () => {
  it('reads to the minute under two days and to the hour beyond', () => {
    const minute = 60_000;
    const hour = 60 * minute;
    expect([0, 45 * minute, hour, 5 * hour + 30 * minute, 47 * hour + 59 * minute, 48 * hour, 76 * hour + 20 * minute].map(describeSpan))
      .toEqual(['0 min', '45 min', '1 h', '5 h 30 min', '47 h 59 min', '2 days', '3 days 4 h']);
  });
});

describe('what a waiver has left', () => {
  it('counts the days to its last day, then the days since it ended', () => {
    expect([12, 1, 0, -1, -4].map(describeDaysLeft)).toEqual(['12 days left', '1 day left', 'last day today', 'ended yesterday', 'ended 4 days ago']);
  });
});

