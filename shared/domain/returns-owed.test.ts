import { describe, expect, it } from 'vitest';
import { isPeriodOwed, owesReturns, periodsOwed, reportingStartsOn } from './returns-owed';

const bury = {
  cadence: 'quarterly' as const,
  firstYear: '2020-21',
  lastYear: '2021-22',
  signedOn: '2021-03-19',
};

describe('reportingStartsOn', () => {
  it.each([
    ['signed within the term', { firstYear: '2020-21', signedOn: '2021-03-19' }, '2021-03-19'],
    ['signed before the term', { firstYear: '2024-25', signedOn: '2024-03-01' }, '2024-04-01'],
    ['signed on the first day', { firstYear: '2024-25', signedOn: '2024-04-01' }, '2024-04-01'],
    ['no signing date', { firstYear: '2024-25' }, '2024-04-01'],
  ])('%s', (_, term, expected) => {
    expect(reportingStartsOn(term)).toBe(expected);
  });
});

describe('isPeriodOwed', () => {
  it.each([
    // Bury: term from April 2020, signed 19 March 2021.
    ['2020-21-Q1', bury, false],
    ['2020-21-Q3', bury, false], // ends 31 December 2020, before the signing
    ['2020-21-Q4', bury, true], // ends 31 March 2021, after it
    ['2021-22-Q1', bury, true],
    ['2022-23-Q1', bury, false], // after the term
    ['2019-20-Q4', bury, false], // before the term
    // A period ending on the signing day is owed; the day before, not.
    [
      '2024-25-Q1',
      { ...bury, firstYear: '2024-25', lastYear: '2024-25', signedOn: '2024-06-30' },
      true,
    ],
    [
      '2024-25-Q1',
      { ...bury, firstYear: '2024-25', lastYear: '2024-25', signedOn: '2024-07-01' },
      false,
    ],
    [
      '2024-25-Q2',
      { ...bury, firstYear: '2024-25', lastYear: '2024-25', signedOn: '2024-07-01' },
      true,
    ],
    // Without a signing date every period of the term is owed.
    [
      '2024-25-Q1',
      { cadence: 'quarterly' as const, firstYear: '2024-25', lastYear: '2024-25' },
      true,
    ],
    // Termly and monthly periods by their own end dates.
    ['2020-21-T2', { ...bury, cadence: 'termly' as const }, false], // ends 30 November 2020
    ['2020-21-T3', { ...bury, cadence: 'termly' as const }, true],
    ['2020-21-M11', { ...bury, cadence: 'monthly' as const }, false], // ends 28 February 2021
    ['2020-21-M12', { ...bury, cadence: 'monthly' as const }, true],
  ])('%s under %o → %s', (period, term, expected) => {
    expect(isPeriodOwed(period, term)).toBe(expected);
  });
});

describe('periodsOwed', () => {
  it('starts at the first period that ends after the signing', () => {
    expect(periodsOwed(bury)).toEqual([
      '2020-21-Q4',
      '2021-22-Q1',
      '2021-22-Q2',
      '2021-22-Q3',
      '2021-22-Q4',
    ]);
  });

  it('is empty when the agreement was signed after its term ended', () => {
    expect(periodsOwed({ ...bury, signedOn: '2022-04-01' })).toEqual([]);
  });
});

describe('owesReturns', () => {
  it.each([
    ['active', true],
    ['under-review', true],
    ['proposed', false],
    ['rejected', false],
    ['completed', false],
  ] as const)('%s → %s', (status, expected) => {
    expect(owesReturns(status)).toBe(expected);
  });
});
