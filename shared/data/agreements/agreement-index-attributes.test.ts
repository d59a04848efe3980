import { describe, expect, it } from 'vitest';
import { agreementIndexAttributes, parseTrancheSchedule } from './agreement-index-attributes';

describe('the agreement index item’s flat copies', () => {
  const tranches = [
    {
      id: 'initial',
      financialYear: '2023-24',
      amount: 10_000_000,
      dueOn: '2023-03-31',
      conditionIds: [],
    },
    {
      id: 'y_2-b',
      financialYear: '2024-25',
      amount: 6_000_000,
      dueOn: '2024-09-30',
      conditionIds: ['c'],
    },
  ];
  const trajectory = [
    { financialYear: '2023-24', plannedCumulativeDeficit: 9_507_000 },
    { financialYear: '2025-26', plannedCumulativeDeficit: -60_000 },
  ];

  it.each([
    ['two years and two tranches', trajectory, tranches],
    ['no years and no tranches', [], []],
  ])('keeps %s: the plan by year and the tranche terms, in order', (_, years, list) => {
    const flat = agreementIndexAttributes({ trajectory: years, tranches: list });
    expect(flat.plannedDeficitByYear).toEqual(
      Object.fromEntries(years.map((y) => [y.financialYear, y.plannedCumulativeDeficit])),
    );
    expect(parseTrancheSchedule(flat.trancheSchedule)).toEqual(
      list.map(({ conditionIds: _c, ...terms }) => terms),
    );
  });
});
