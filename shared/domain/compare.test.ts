import { describe, expect, it } from 'vitest';
import { COMPARE_MEASURES, compareSeries, measureUnit, measureValue } from './compare';

const returns = [
  {
    period: '2024-25-Q1',
    submittedAt: 'x',
    content: {
      finance: { forecastCumulativeDeficit: 10_000_000 },
      placements: { mainstream: 30, independentSpecial: 10, laMaintainedSpecial: 60 },
      demand: { ehcpsTotal: 100 },
    },
  },
  {
    period: '2024-25-Q2',
    submittedAt: 'x',
    content: { finance: { forecastCumulativeDeficit: 11_000_000 } },
  },
  { period: '2024-25-Q3', content: { finance: { forecastCumulativeDeficit: 99 } } },
  {
    period: '2023-24-Q4',
    submittedAt: 'x',
    content: { finance: { forecastCumulativeDeficit: 9_000_000 } },
  },
];
const agreement = {
  trajectory: [{ financialYear: '2024-25', plannedCumulativeDeficit: 9_500_000, plannedEhcps: 90 }],
};

describe('compare', () => {
  it('lists every numeric return field and the placement shares', () => {
    expect(COMPARE_MEASURES).toEqual(
      expect.arrayContaining([
        'finance.forecastCumulativeDeficit',
        'demand.ehcpsTotal',
        'placements.mainstream',
        'placements.mainstreamPct',
        'placements.independentSpecialPct',
      ]),
    );
    expect(measureUnit('finance.highNeedsIncome')).toBe('pounds');
    expect(measureUnit('placements.mainstreamPct')).toBe('percent');
    expect(measureUnit('demand.newEhcps')).toBe('count');
  });

  it('works out a placement share over all placements', () => {
    expect(measureValue(returns[0]!.content, 'placements.mainstreamPct')).toBe(30);
    expect(measureValue(returns[0]!.content, 'placements.independentSpecialPct')).toBe(10);
    expect(measureValue(returns[1]!.content, 'placements.mainstreamPct')).toBeUndefined();
  });

  it('gives submitted returns in the range, by date, with the plan alongside', () => {
    expect(
      compareSeries('finance.forecastCumulativeDeficit', returns, agreement, {
        from: '2024-25-Q1',
        to: '2024-25-Q4',
      }),
    ).toEqual([
      { period: '2024-25-Q1', periodEnd: '2024-06-30', value: 10_000_000, planned: 9_500_000 },
      { period: '2024-25-Q2', periodEnd: '2024-09-30', value: 11_000_000, planned: 9_500_000 },
    ]);
    expect(
      compareSeries('demand.ehcpsTotal', returns, agreement, {
        from: '2023-24-Q1',
        to: '2024-25-Q4',
      }),
    ).toEqual([{ period: '2024-25-Q1', periodEnd: '2024-06-30', value: 100, planned: 90 }]);
    expect(
      compareSeries('finance.highNeedsIncome', returns, agreement, {
        from: '2023-24-Q1',
        to: '2024-25-Q4',
      }),
    ).toEqual([]);
  });

  it('lines councils on other cadences up by date', () => {
    const termly = [
      { period: '2024-25-T1', submittedAt: 'x', content: { demand: { ehcpsTotal: 5 } } },
    ];
    expect(
      compareSeries('demand.ehcpsTotal', termly, undefined, {
        from: '2024-25-Q2',
        to: '2024-25-Q2',
      }),
    ).toEqual([{ period: '2024-25-T1', periodEnd: '2024-07-31', value: 5 }]);
  });
});
