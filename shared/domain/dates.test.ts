import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isoDate,
  toDayNumber,
  utcDateOf,
  formatLongDate,
} from './dates';

describe('dates', () => {
  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-4-1')).toBe(false);
    expect(isIsoDate('2024-04-01T00:00:00Z')).toBe(false);
  });

  it('counts days across month, year and daylight-saving boundaries', () => {
    expect(addDays('2024-06-30', 30)).toBe('2024-07-30');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-31', 30)).toBe('2025-04-30');
    expect(addDays('2024-03-30', 1)).toBe('2024-03-31'); // UK clocks change that night
    expect(addDays('2024-10-27', -1)).toBe('2024-10-26');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
  });

  it('round-trips day numbers, including years below 100 that Date.UTC would misread', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(fromDayNumber(toDayNumber('2024-04-01'))).toBe('2024-04-01');
    expect(isoDate(2024, 13, 1)).toBe('2025-01-01');
    expect(isoDate(2025, 3, 0)).toBe('2025-02-28');
    expect(isoDate(50, 1, 1)).toBe('0050-01-01');
  });

  it('takes the UTC date of a date or an ISO time', () => {
    expect(utcDateOf('2024-07-30')).toBe('2024-07-30');
    expect(utcDateOf('2024-07-30T23:59:59.999Z')).toBe('2024-07-30');
    expect(utcDateOf('2024-07-31T00:30:00+01:00')).toBe('2024-07-30');
    expect(() => utcDateOf('yesterday')).toThrow(RangeError);
    expect(() => toDayNumber('2024-02-30')).toThrow(RangeError);
  });
});

describe('formatLongDate', () => {
  it('writes dates as GOV.UK does', () => {
    expect(formatLongDate('2025-03-31')).toBe('31 March 2025');
    expect(formatLongDate('2024-10-01T23:00:00.000Z')).toBe('1 October 2024');
  });
});
