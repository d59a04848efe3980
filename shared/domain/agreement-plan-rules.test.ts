import { describe, expect, it } from 'vitest';
import { checkPlan, plannedSavingsIn, type MitigationTerms } from './agreement-plan-rules';

const term = { firstYear: '2020-21', lastYear: '2024-25' };
const mitigation = (id: string, years: string[], amount = 100_000): MitigationTerms => ({
  id,
  plannedSavings: years.map((financialYear) => ({ financialYear, amount })),
});

describe('checkPlan', () => {
  it('accepts mitigations in the term and a baseline whose placements fit', () => {
    expect(
      checkPlan({
        ...term,
        mitigations: [
          mitigation('graduated-approach', ['2020-21', '2024-25']),
          mitigation('Graduated-approach', ['2021-22']),
        ],
        baseline: { ehcpsTotal: 3416, placements: { mainstream: 1007, laMaintainedSpecial: 1086 } },
      }),
    ).toEqual([]);
  });

  it.each<[string, string[], string[]]>([
    ['the year before the term', ['2019-20'], ['mitigations[0].plannedSavings[0].financialYear']],
    ['the year after the term', ['2025-26'], ['mitigations[0].plannedSavings[0].financialYear']],
    [
      'a year given twice',
      ['2021-22', '2021-22'],
      ['mitigations[0].plannedSavings[1].financialYear'],
    ],
    ['first and last years', ['2020-21', '2024-25'], []],
  ])('planned savings in %s', (_, years, paths) => {
    const errors = checkPlan({ ...term, mitigations: [mitigation('a', years)] });
    expect(errors.map((e) => e.path)).toEqual(paths);
  });

  it('names a repeated id (ids are case-sensitive)', () => {
    const errors = checkPlan({
      ...term,
      mitigations: [mitigation('a', []), mitigation('A', []), mitigation('a', [])],
    });
    expect(errors).toEqual([{ path: 'mitigations[2].id', message: 'repeats the id a' }]);
  });

  it.each<[number, boolean]>([
    [3415, true],
    [3416, false],
    [3417, false],
  ])('baseline of %d EHCPs with 3,416 placed → refused %s', (ehcpsTotal, refused) => {
    const errors = checkPlan({
      ...term,
      baseline: { ehcpsTotal, placements: { mainstream: 2000, laMaintainedSpecial: 1416 } },
    });
    expect(errors.map((e) => e.path)).toEqual(refused ? ['baseline.placements'] : []);
  });

  it('skips year checks over a term that runs backwards (lastYear reports that)', () => {
    const errors = checkPlan({
      firstYear: '2024-25',
      lastYear: '2020-21',
      mitigations: [mitigation('a', ['2022-23'])],
    });
    expect(errors).toEqual([]);
  });
});

describe('plannedSavingsIn', () => {
  it('adds every mitigation’s savings for the year; none planned is undefined', () => {
    const all = [mitigation('a', ['2021-22'], 250_000), mitigation('b', ['2021-22', '2022-23'])];
    expect(plannedSavingsIn(all, '2021-22')).toBe(350_000);
    expect(plannedSavingsIn(all, '2022-23')).toBe(100_000);
    expect(plannedSavingsIn(all, '2023-24')).toBeUndefined();
    expect(plannedSavingsIn([mitigation('z', ['2023-24'], 0)], '2023-24')).toBe(0);
  });
});
