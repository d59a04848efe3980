import { describe, expect, it } from 'vitest';
import {
  compareFinancialYears,
  financialYearContains,
  financialYearEnd,
  financialYearOf,
  financialYearRange,
  financialYearStart,
  formatFinancialYear,
  isFinancialYear,
  isWithinTerm,
  nextFinancialYear,
  parseFinancialYear,
  previousFinancialYear,
} from './financial-year';

describe('financial years', () => {
  it('parses a year whose second part follows the first', () => {
    expect(parseFinancialYear('2024-25')).toEqual({ ok: true, value: 2024 });
    expect(parseFinancialYear('1999-00')).toEqual({ ok: true, value: 1999 });
    expect(parseFinancialYear('2099-00')).toEqual({ ok: true, value: 2099 });
  });

  it.each([
    '2024-26',
    '2024-24',
    '2024-2025',
    '24-25',
    '2024/25',
    ' 2024-25',
    '1999-99',
    '9999-00',
    '',
  ])('rejects %j', (text) => {
    expect(isFinancialYear(text)).toBe(false);
  });

  it('says what the year should have been', () => {
    const parsed = parseFinancialYear('2024-26');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('2024-25');
  });

  it('formats, steps and compares', () => {
    expect(formatFinancialYear(2009)).toBe('2009-10');
    expect(nextFinancialYear('1999-00')).toBe('2000-01');
    expect(previousFinancialYear('2000-01')).toBe('1999-00');
    expect(nextFinancialYear('2024-25')).toBe('2025-26');
    expect(compareFinancialYears('2023-24', '2024-25')).toBeLessThan(0);
    expect(compareFinancialYears('2024-25', '2024-25')).toBe(0);
    expect(() => nextFinancialYear('2024-26')).toThrow(RangeError);
  });

  it('lists a range, both ends included', () => {
    expect(financialYearRange('2020-21', '2024-25')).toEqual([
      '2020-21',
      '2021-22',
      '2022-23',
      '2023-24',
      '2024-25',
    ]);
    expect(financialYearRange('2024-25', '2024-25')).toEqual(['2024-25']);
    expect(financialYearRange('2024-25', '2023-24')).toEqual([]);
    expect(financialYearRange('1998-99', '2000-01')).toEqual(['1998-99', '1999-00', '2000-01']);
  });

  it('runs 1 April to 31 March', () => {
    expect(financialYearStart('2024-25')).toBe('2024-04-01');
    expect(financialYearEnd('2024-25')).toBe('2025-03-31');
    expect(financialYearEnd('1999-00')).toBe('2000-03-31');
  });

  it('finds the year of a date at either edge', () => {
    expect(financialYearOf('2024-04-01')).toBe('2024-25');
    expect(financialYearOf('2024-03-31')).toBe('2023-24');
    expect(financialYearOf('2025-03-31')).toBe('2024-25');
    expect(financialYearOf('2024-03-31T23:30:00Z')).toBe('2023-24');
    expect(financialYearContains('2024-25', '2025-01-15')).toBe(true);
    expect(financialYearContains('2024-25', '2025-04-01')).toBe(false);
  });

  it('knows whether a year is in a term', () => {
    expect(isWithinTerm('2020-21', '2020-21', '2024-25')).toBe(true);
    expect(isWithinTerm('2024-25', '2020-21', '2024-25')).toBe(true);
    expect(isWithinTerm('2019-20', '2020-21', '2024-25')).toBe(false);
    expect(isWithinTerm('2025-26', '2020-21', '2024-25')).toBe(false);
  });
});
