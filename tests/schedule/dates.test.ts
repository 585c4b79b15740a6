import { describe, expect, it } from 'vitest';
import {
  addMonths, addWeekdays, applyOffset, dayOfWeek, mondayOf, parseOffset, weekdayIndex, weekLabel, weekRelativeTo,
} from '../../src/core/schedule/dates.ts';

describe('offsets as written in release files', () => {
  it.each([
    ['-6w', { amount: -6, unit: 'weeks' }],
    ['+3d', { amount: 3, unit: 'days' }],
    ['-2 weekdays', { amount: -2, unit: 'weekdays' }],
    ['+1 weekday', { amount: 1, unit: 'weekdays' }],
    ['+10 days', { amount: 10, unit: 'days' }],
    ['- 2 weeks', { amount: -2, unit: 'weeks' }],
  ])('reads "%s"', (text, offset) => {
    expect(parseOffset(text)).toEqual(offset);
  });

  it('rejects what the schema rejects', () => {
    expect(parseOffset('6w')).toBeUndefined();
    expect(parseOffset('+2 months')).toBeUndefined();
  });
});

describe('working days skip Saturday and Sunday', () => {
  // 2026-03-06 is a Friday, 2026-03-07 a Saturday, 2026-03-09 a Monday.
  it('moves from Friday to Monday and back', () => {
    expect(addWeekdays('2026-03-06', 1)).toBe('2026-03-09');
    expect(addWeekdays('2026-03-09', -1)).toBe('2026-03-06');
  });

  it('counts the first working day as one step from a weekend', () => {
    expect(addWeekdays('2026-03-07', 1)).toBe('2026-03-09');
    expect(addWeekdays('2026-03-08', -1)).toBe('2026-03-06');
    expect(addWeekdays('2026-03-07', 5)).toBe('2026-03-13');
  });

  it('spans several weeks', () => {
    expect(addWeekdays('2026-03-04', 12)).toBe('2026-03-20');
    expect(addWeekdays('2026-03-04', -12)).toBe('2026-02-16');
    expect(addWeekdays('2026-03-04', 10)).toBe('2026-03-18');
  });

  it('never lands on a weekend', () => {
    for (let n = -30; n <= 30; n++) {
      if (n !== 0) expect(weekdayIndex(addWeekdays('2026-03-04', n))).toBeLessThan(5);
    }
  });

  it('leaves the date alone for zero', () => {
    expect(addWeekdays('2026-03-07', 0)).toBe('2026-03-07');
  });
});

describe('weeks start on Monday', () => {
  it('finds the Monday and a given weekday of a week', () => {
    expect(mondayOf('2026-03-05')).toBe('2026-03-02');
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
    expect(dayOfWeek('2026-03-02', 'thursday')).toBe('2026-03-05');
    expect(dayOfWeek('2026-03-05', 'sunday')).toBe('2026-03-08');
  });

  it('numbers weeks from the release week', () => {
    expect(weekRelativeTo('2026-01-29', '2026-03-05')).toBe(-5);
    expect(weekRelativeTo('2026-03-02', '2026-03-08')).toBe(0);
    expect(weekRelativeTo('2026-03-16', '2026-03-05')).toBe(2);
    expect([weekLabel(-5), weekLabel(0), weekLabel(2)]).toEqual(['R-5', 'R-0', 'R+2']);
  });
});

describe('leap days', () => {
  it('shifts to and from 29 February 2028', () => {
    expect(applyOffset('2028-02-29', { amount: 1, unit: 'weeks' })).toBe('2028-03-07');
    expect(applyOffset('2028-02-29', { amount: -1, unit: 'weeks' })).toBe('2028-02-22');
    expect(applyOffset('2028-03-07', { amount: -1, unit: 'weeks' })).toBe('2028-02-29');
    expect(applyOffset('2028-02-28', { amount: 1, unit: 'days' })).toBe('2028-02-29');
    expect(applyOffset('2027-02-28', { amount: 1, unit: 'days' })).toBe('2027-03-01');
  });

  it('clamps a month shift to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-05-14', 6)).toBe('2026-11-14');
    expect(addMonths('2026-11-30', -9)).toBe('2026-02-28');
  });
});
