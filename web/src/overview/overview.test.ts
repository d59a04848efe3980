import { describe, expect, it } from 'vitest';
import { readOverviewQuery } from './overview-params';
import { overviewPeriods } from './period-choices';

describe('readOverviewQuery', () => {
  it('reads the filters and sort from the address', () => {
    expect(
      readOverviewQuery(
        '?period=2024-25-Q2&sort=variance&programme=dbv&returnStatus=missing&severity=red',
      ),
    ).toEqual({
      period: '2024-25-Q2',
      sort: 'variance',
      programme: 'dbv',
      returnStatus: 'missing',
      severity: 'red',
    });
  });

  it('drops what it does not know', () => {
    expect(readOverviewQuery('?period=2024-25-Q9&sort=size&severity=blue')).toEqual({});
  });
});

describe('overviewPeriods', () => {
  it('lists the quarters up to the one in progress, newest first', () => {
    const periods = overviewPeriods('2025-05-10', 1);
    expect(periods).toEqual(['2025-26-Q1', '2024-25-Q4', '2024-25-Q3', '2024-25-Q2', '2024-25-Q1']);
  });
});
