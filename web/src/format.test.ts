import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, formatTime } from './format';

describe('formatDate', () => {
  it('writes a calendar date as GOV.UK does', () => {
    expect(formatDate('2025-03-31')).toBe('31 March 2025');
    expect(formatDate('2024-04-01')).toBe('1 April 2024');
  });

  it('shows a time as the date in the UK at that moment', () => {
    // 11:30pm UTC on 31 March 2025 is 12:30am on 1 April in British Summer Time.
    expect(formatDate('2025-03-31T23:30:00Z')).toBe('1 April 2025');
    expect(formatDate('2025-01-31T23:30:00Z')).toBe('31 January 2025');
    expect(formatDate(new Date('2024-10-01T00:00:00Z'))).toBe('1 October 2024');
  });

  it('refuses something that is not a date', () => {
    expect(() => formatDate('soon')).toThrow(RangeError);
  });
});

describe('formatTime', () => {
  it('uses am and pm without a leading zero, and drops :00', () => {
    expect(formatTime('2025-01-15T09:05:00Z')).toBe('9:05am');
    expect(formatTime('2025-01-15T14:15:00Z')).toBe('2:15pm');
    expect(formatTime('2025-01-15T12:00:00Z')).toBe('12pm');
    expect(formatTime('2025-01-15T00:00:00Z')).toBe('12am');
  });

  it('is UK time', () => {
    expect(formatTime('2025-07-01T08:00:00Z')).toBe('9am');
  });
});

describe('formatDateTime', () => {
  it('joins the two with "at"', () => {
    expect(formatDateTime('2025-03-31T13:15:00Z')).toBe('31 March 2025 at 2:15pm');
  });
});

describe('formatMonth', () => {
  it('gives the month and year for a chart axis', () => {
    expect(formatMonth('2024-12-31')).toBe('Dec 2024');
    expect(formatMonth('2025-03-31')).toBe('Mar 2025');
  });
});
