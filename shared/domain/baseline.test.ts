import { describe, expect, it } from 'vitest';
import { baselineBeside, baselineValue } from './baseline';

/** Bristol's Delivering Better Value baseline, January 2022. */
const bristol = {
  asAt: '2022-01-20',
  ehcpsTotal: 3416,
  placements: { mainstream: 1007, laMaintainedSpecial: 1086, independentSpecial: 92 },
};

describe('baselineValue', () => {
  it.each<[string, number | undefined]>([
    ['demand.ehcpsTotal', 3416],
    ['placements.mainstream', 1007],
    ['placements.mainstreamPct', 29.5], // 1,007 of 3,416
    ['placements.laMaintainedSpecialPct', 31.8],
    ['placements.post16', undefined],
    ['placements.post16Pct', undefined],
    ['finance.forecastCumulativeDeficit', undefined],
    ['demand.newEhcps', undefined],
  ])('%s → %s', (measure, value) => {
    expect(baselineValue(bristol, measure)).toBe(value);
  });
});

describe('baselineBeside', () => {
  it('puts the share in mainstream and INMSS placements then and now side by side', () => {
    expect(
      baselineBeside(bristol, {
        period: '2024-25-T2',
        ehcpsTotal: 4200,
        placements: { mainstream: 1400, independentSpecial: 120, nonMaintainedSpecial: 10 },
      }),
    ).toEqual({
      asAt: '2022-01-20',
      period: '2024-25-T2',
      ehcps: { then: 3416, now: 4200 },
      mainstreamPct: { then: 29.5, now: 33.3 },
      inmss: { then: 92, now: 130, change: 38 },
    });
  });

  it('leaves out what the return does not give', () => {
    expect(baselineBeside(bristol, { period: '2024-25-T1' })).toEqual({
      asAt: '2022-01-20',
      period: '2024-25-T1',
      ehcps: { then: 3416 },
      mainstreamPct: { then: 29.5 },
      inmss: { then: 92 },
    });
  });
});
