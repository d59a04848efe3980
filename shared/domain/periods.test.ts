import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  formatPeriod,
  isLate,
  isPeriod,
  nextPeriod,
  parsePeriod,
  periodCadence,
  periodContaining,
  periodDueDate,
  periodEnd,
  periodFinancialYear,
  periodFitsAgreement,
  periodProblems,
  periodStart,
  periodsInTerm,
  previousPeriod,
} from './periods';

describe('parsing periods', () => {
  it('reads the cadence, year and index', () => {
    expect(parsePeriod('2024-25-Q2')).toEqual({
      ok: true,
      value: { period: '2024-25-Q2', cadence: 'quarterly', financialYear: '2024-25', index: 2 },
    });
    expect(parsePeriod('2024-25-T3')).toMatchObject({
      ok: true,
      value: { cadence: 'termly', index: 3 },
    });
    expect(parsePeriod('1999-00-M12')).toMatchObject({
      ok: true,
      value: { cadence: 'monthly', financialYear: '1999-00', index: 12 },
    });
    expect(periodCadence('2024-25-M01')).toBe('monthly');
    expect(periodFinancialYear('2024-25-T1')).toBe('2024-25');
  });

  it.each([
    '2024-25-Q0',
    '2024-25-Q5',
    '2024-25-T4',
    '2024-25-M1',
    '2024-25-M00',
    '2024-25-M13',
    '2024-25-q1',
    '2024-26-Q1',
    '2024-25Q1',
    '2024-25-Q1 ',
    '2024-25',
  ])('rejects %j', (text) => {
    expect(isPeriod(text)).toBe(false);
  });

  it('names the year problem inside a period', () => {
    const parsed = parsePeriod('2024-26-Q1');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('2024-25');
  });

  it('formats', () => {
    expect(formatPeriod('monthly', '2024-25', 1)).toBe('2024-25-M01');
    expect(formatPeriod('quarterly', '2024-25', 4)).toBe('2024-25-Q4');
    expect(() => formatPeriod('termly', '2024-25', 4)).toThrow(RangeError);
  });
});

describe('period dates', () => {
  it.each([
    ['2024-25-Q1', '2024-04-01', '2024-06-30'],
    ['2024-25-Q2', '2024-07-01', '2024-09-30'],
    ['2024-25-Q3', '2024-10-01', '2024-12-31'],
    ['2024-25-Q4', '2025-01-01', '2025-03-31'],
    ['2024-25-T1', '2024-04-01', '2024-07-31'],
    ['2024-25-T2', '2024-08-01', '2024-11-30'],
    ['2024-25-T3', '2024-12-01', '2025-03-31'],
    ['2024-25-M01', '2024-04-01', '2024-04-30'],
    ['2024-25-M09', '2024-12-01', '2024-12-31'],
    ['2024-25-M10', '2025-01-01', '2025-01-31'],
    ['2023-24-M11', '2024-02-01', '2024-02-29'],
    ['2024-25-M11', '2025-02-01', '2025-02-28'],
    ['2024-25-M12', '2025-03-01', '2025-03-31'],
    ['1999-00-Q4', '2000-01-01', '2000-03-31'],
  ])('%s runs %s to %s', (period, start, end) => {
    expect(periodStart(period)).toBe(start);
    expect(periodEnd(period)).toBe(end);
  });

  it('is due returnDueDays after the end', () => {
    expect(periodDueDate('2024-25-Q1')).toBe('2024-07-30');
    expect(periodDueDate('2024-25-Q3', 30)).toBe('2025-01-30');
    expect(periodDueDate('2024-25-Q4', 30)).toBe('2025-04-30');
    expect(periodDueDate('2023-24-M10', 30)).toBe('2024-03-01');
    expect(periodDueDate('2024-25-Q1', 1)).toBe('2024-07-01');
  });

  it('is late only after the due date', () => {
    expect(isLate('2024-25-Q1', 30, '2024-07-30')).toBe(false);
    expect(isLate('2024-25-Q1', 30, '2024-07-31')).toBe(true);
    expect(isLate('2024-25-Q1', undefined, '2024-07-31')).toBe(true);
    expect(isLate('2024-25-Q1', 30, '2024-12-01', '2024-07-30')).toBe(false);
    expect(isLate('2024-25-Q1', 30, '2024-12-01', '2024-07-30T23:59:59Z')).toBe(false);
    expect(isLate('2024-25-Q1', 30, '2024-07-01', '2024-07-31T00:00:01Z')).toBe(true);
    expect(isLate('2024-25-Q1', 45, '2024-08-14')).toBe(false);
  });

  it('finds the period containing a date', () => {
    expect(periodContaining('quarterly', '2024-04-01')).toBe('2024-25-Q1');
    expect(periodContaining('quarterly', '2025-03-31')).toBe('2024-25-Q4');
    expect(periodContaining('termly', '2024-07-31')).toBe('2024-25-T1');
    expect(periodContaining('termly', '2024-12-01')).toBe('2024-25-T3');
    expect(periodContaining('termly', '2025-02-10')).toBe('2024-25-T3');
    expect(periodContaining('monthly', '2025-01-15T10:00:00Z')).toBe('2024-25-M10');
  });
});

describe('periods of a term', () => {
  it('lists every period of the cadence in order', () => {
    expect(periodsInTerm('termly', '2023-24', '2024-25')).toEqual([
      '2023-24-T1',
      '2023-24-T2',
      '2023-24-T3',
      '2024-25-T1',
      '2024-25-T2',
      '2024-25-T3',
    ]);
    expect(periodsInTerm('quarterly', '2020-21', '2024-25')).toHaveLength(20);
    expect(periodsInTerm('monthly', '2024-25', '2024-25').at(-1)).toBe('2024-25-M12');
    expect(periodsInTerm('quarterly', '2025-26', '2024-25')).toEqual([]);
  });

  it('steps to neighbours across year ends', () => {
    expect(nextPeriod('2024-25-Q4')).toBe('2025-26-Q1');
    expect(previousPeriod('2025-26-Q1')).toBe('2024-25-Q4');
    expect(previousPeriod('2024-25-M01')).toBe('2023-24-M12');
    expect(nextPeriod('2024-25-T2')).toBe('2024-25-T3');
  });

  it('orders by time, a month before the quarter it opens', () => {
    const sorted = ['2024-25-Q2', '2023-24-Q4', '2024-25-M01', '2024-25-Q1', '2024-25-T1'].sort(
      comparePeriods,
    );
    expect(sorted).toEqual(['2023-24-Q4', '2024-25-M01', '2024-25-Q1', '2024-25-T1', '2024-25-Q2']);
    expect(comparePeriods('2024-25-Q1', '2024-25-Q1')).toBe(0);
    expect(comparePeriods('2024-25-M10', '2024-25-M09')).toBeGreaterThan(0);
  });
});

describe('whether a period fits an agreement', () => {
  const term = { cadence: 'quarterly', firstYear: '2020-21', lastYear: '2024-25' } as const;

  it('fits when the cadence matches and the year is in the term', () => {
    expect(periodProblems('2020-21-Q1', term)).toEqual([]);
    expect(periodFitsAgreement('2024-25-Q4', term)).toBe(true);
  });

  it('says why not, once for each failure', () => {
    expect(periodProblems('2024-25-T1', term)).toEqual([
      'is a termly period, but the agreement reports quarterly (like 2024-25-Q1)',
    ]);
    expect(periodProblems('2019-20-Q4', term)).toEqual([
      "is before the agreement's term, which starts in 2020-21",
    ]);
    expect(periodProblems('2025-26-M01', term)).toEqual([
      'is a monthly period, but the agreement reports quarterly (like 2025-26-Q1)',
      "is after the agreement's term, which ends in 2024-25",
    ]);
    expect(periodProblems('2024-25-Q9', term)).toHaveLength(1);
    expect(periodFitsAgreement('nonsense', term)).toBe(false);
  });
});
