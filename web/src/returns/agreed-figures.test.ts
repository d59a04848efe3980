import { describe, expect, it } from 'vitest';
import { agreedFigures } from './agreed-figures';

const agreement = {
  trajectory: [
    {
      financialYear: '2023-24',
      plannedCumulativeDeficit: 9_507_000,
      plannedInYearBalance: 6_159_000,
    },
    {
      financialYear: '2024-25',
      plannedCumulativeDeficit: -60_000,
      plannedInYearBalance: -1_500_000,
      councilContribution: 2_000_000,
    },
  ],
  mitigations: [
    {
      id: 'inmss',
      title: 'Fewer independent places',
      plannedSavings: [{ financialYear: '2024-25', amount: 1_200_000 }],
    },
    {
      id: 'ar',
      title: 'Annual reviews',
      plannedSavings: [
        { financialYear: '2024-25', amount: 300_000 },
        { financialYear: '2023-24', amount: 9 },
      ],
    },
  ],
};

describe('agreedFigures', () => {
  it.each([
    [
      '2024-25-Q3',
      {
        forecastCumulativeDeficit: '£0.060m surplus',
        forecastInYearBalance: '£1.500m deficit',
        councilContribution: '£2.000m',
        savingsTarget: '£1.500m',
      },
    ],
    [
      '2023-24-Q1',
      {
        forecastCumulativeDeficit: '£9.507m',
        forecastInYearBalance: '£6.159m surplus',
        savingsTarget: '£0.000m',
      },
    ],
    // A year the trajectory and the mitigations leave out has no agreed figure.
    ['2025-26-Q1', {}],
  ])('gives the plan for the year of %s', (period, expected) => {
    expect(agreedFigures(agreement, period)).toEqual(expected);
  });

  it('leaves out the savings target without mitigations', () => {
    expect(agreedFigures({ trajectory: agreement.trajectory }, '2024-25-Q1')).not.toHaveProperty(
      'savingsTarget',
    );
  });
});
