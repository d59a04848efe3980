import { describe, expect, it } from 'vitest';
import type { RuleOutcome } from './outcome';
import { evaluateSavingsShortfall } from './savings-shortfall';

const severity = (outcome: RuleOutcome) =>
  outcome.outcome === 'breach' ? outcome.finding.severity : outcome.outcome;

/** Two mitigations planning £1.5m and £0.5m for 2024-25 (£2m in all). */
const plan = (tolerances = {}) => ({
  trajectory: [],
  tolerances,
  mitigations: [
    {
      id: 'graduated-approach',
      plannedSavings: [
        { financialYear: '2024-25', amount: 1_500_000 },
        { financialYear: '2025-26', amount: 9_000_000 },
      ],
    },
    { id: 'inmss', plannedSavings: [{ financialYear: '2024-25', amount: 500_000 }] },
  ],
});

function forecastOf(total: number, tolerances = {}, period = '2024-25-Q3') {
  return evaluateSavingsShortfall(
    {
      period,
      content: {
        mitigations: [
          { mitigationId: 'graduated-approach', forecastSavings: total - 400_000 },
          { mitigationId: 'inmss', forecastSavings: 400_000 },
        ],
      },
    },
    plan(tolerances),
  );
}

describe('savings-shortfall', () => {
  it('says by how much the forecast savings fall short, in £m', () => {
    expect(forecastOf(900_000)).toEqual({
      outcome: 'breach',
      key: { rule: 'savings-shortfall', financialYear: '2024-25' },
      period: '2024-25-Q3',
      finding: {
        rule: 'savings-shortfall',
        severity: 'red',
        financialYear: '2024-25',
        period: '2024-25-Q3',
        message:
          'Forecast savings of £0.900m are £1.100m short of the £2.000m the mitigations plan for 2024-25 (tolerance £0.500m).',
        measured: 900_000,
        threshold: 1_500_000,
      },
    });
  });

  it.each<[number, string]>([
    [2_600_000, 'within'], // more than planned
    [2_000_000, 'within'],
    [1_500_000, 'within'], // short by exactly the £500,000 tolerance
    [1_499_999, 'amber'],
    [1_000_000, 'amber'], // short by exactly twice the tolerance
    [999_999, 'red'],
  ])('absolute tolerance (£500,000): forecast %d → %s', (forecast, expected) => {
    expect(severity(forecastOf(forecast))).toBe(expected);
  });

  it.each<[number, string]>([
    [1_900_000, 'within'], // 5% of £2m = £100,000
    [1_899_999, 'amber'],
    [1_800_000, 'amber'],
    [1_799_999, 'red'],
  ])('percentage tolerance (5%%, no floor): forecast %d → %s', (forecast, expected) => {
    const tolerances = { cumulativeDeficitPct: 5, cumulativeDeficitAbs: 0 };
    expect(severity(forecastOf(forecast, tolerances))).toBe(expected);
  });

  it('is not judged without planned savings for the year, or without forecasts', () => {
    expect(severity(forecastOf(0, {}, '2023-24-Q1'))).toBe('not-applicable');
    expect(severity(evaluateSavingsShortfall({ period: '2024-25-Q1', content: {} }, plan()))).toBe(
      'not-applicable',
    );
    expect(
      severity(
        evaluateSavingsShortfall(
          { period: '2024-25-Q1', content: { mitigations: [{ mitigationId: 'inmss' }] } },
          plan(),
        ),
      ),
    ).toBe('not-applicable');
  });

  it('ignores forecasts for mitigations the agreement does not have', () => {
    const outcome = evaluateSavingsShortfall(
      {
        period: '2024-25-Q2',
        content: {
          mitigations: [
            { mitigationId: 'inmss', forecastSavings: 500_000 },
            { mitigationId: 'someone-else', forecastSavings: 5_000_000 },
          ],
        },
      },
      plan(),
    );
    expect(outcome).toMatchObject({ outcome: 'breach', finding: { measured: 500_000 } });
  });
});
