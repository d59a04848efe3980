import { describe, expect, it } from 'vitest';
import {
  addMonths,
  formatMonth,
  isFutureMonth,
  isMonth,
  monthEnd,
  monthFinancialYear,
  monthPeriod,
  monthsBetween,
  monthsInFinancialYear,
} from './months';

describe('months', () => {
  it.each(['2024-03', '2024-12', '1999-01'])('accepts %j', (m) => expect(isMonth(m)).toBe(true));
  it.each(['2024-13', '2024-00', '2024-3', '24-03', '2024-03-01', ' 2024-03', ''])(
    'rejects %j',
    (m) => expect(isMonth(m)).toBe(false),
  );

  it.each([
    ['2024-03', 1, '2024-04'],
    ['2024-12', 1, '2025-01'],
    ['2024-01', -1, '2023-12'],
    ['2024-03', -3, '2023-12'],
    ['2024-03', -12, '2023-03'],
    ['2024-03', 0, '2024-03'],
  ])('%s plus %i months is %s', (month, n, expected) => {
    expect(addMonths(month, n)).toBe(expected);
  });

  it.each([
    ['2024-03', '2023-24', '2023-24-M12'],
    ['2024-04', '2024-25', '2024-25-M01'],
    ['2023-12', '2023-24', '2023-24-M09'],
    ['2024-01', '2023-24', '2023-24-M10'],
    ['1999-06', '1999-00', '1999-00-M03'],
  ])('%s is in %s, period %s', (month, year, period) => {
    expect(monthFinancialYear(month)).toBe(year);
    expect(monthPeriod(month)).toBe(period);
  });

  it('lists a financial year April to March', () => {
    const months = monthsInFinancialYear('2023-24');
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2023-04');
    expect(months[11]).toBe('2024-03');
  });

  it('treats the current month as entered and the next as the future, in UTC', () => {
    const now = new Date('2024-03-31T23:59:59Z');
    expect(isFutureMonth('2024-03', now)).toBe(false);
    expect(isFutureMonth('2024-04', now)).toBe(true);
    expect(isFutureMonth('2023-12', now)).toBe(false);
    expect(isFutureMonth('2024-04', new Date('2024-04-01T00:00:00Z'))).toBe(false);
  });

  it('knows month ends, leap years included', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2023-02')).toBe('2023-02-28');
    expect(monthEnd('2024-03')).toBe('2024-03-31');
  });

  it('lists months between two, both included', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(monthsBetween('2024-02', '2024-01')).toEqual([]);
  });

  it('writes months as people read them', () => {
    expect(formatMonth('2024-03')).toBe('March 2024');
  });
});
