import { describe, expect, it } from 'vitest';
import { evaluateEhcpGrowth } from './ehcp-growth';
import type { RuleOutcome } from './outcome';

const severity = (outcome: RuleOutcome) =>
  outcome.outcome === 'breach' ? outcome.finding.severity : outcome.outcome;

function growth(planned: number | undefined, total: number | undefined, ehcpGrowthPct?: number) {
  return evaluateEhcpGrowth(
    { period: '2024-25-Q1', content: { demand: { ehcpsTotal: total } } },
    {
      trajectory: [
        { financialYear: '2024-25', plannedCumulativeDeficit: 0, plannedEhcps: planned },
      ],
      tolerances: ehcpGrowthPct === undefined ? {} : { ehcpGrowthPct },
    },
  );
}

describe('ehcp-growth', () => {
  it.each<[number, string]>([
    [4_000, 'within'],
    [5_250, 'within'],
    [5_251, 'amber'],
    [5_500, 'amber'],
    [5_501, 'red'],
  ])('5,000 planned, 5%% growth allowed: %d → %s', (total, expected) => {
    expect(severity(growth(5_000, total))).toBe(expected);
  });

  it('compares exactly when the limit is not whole (3,333 × 1.05 = 3,499.65)', () => {
    expect(severity(growth(3_333, 3_499))).toBe('within');
    expect(severity(growth(3_333, 3_500))).toBe('amber');
  });

  it('reads the agreement’s own allowance', () => {
    expect(severity(growth(1_000, 1_100, 10))).toBe('within');
    expect(severity(growth(1_000, 1_101, 10))).toBe('amber');
    expect(severity(growth(1_000, 1_201, 10))).toBe('red');
    // No allowance: every EHCP over plan is already twice the (zero) allowance.
    expect(severity(growth(100, 100, 0))).toBe('within');
    expect(severity(growth(100, 101, 0))).toBe('red');
  });

  it('says how far over the plan, in a sentence', () => {
    expect(growth(5_000, 5_400)).toEqual({
      outcome: 'breach',
      key: { rule: 'ehcp-growth', financialYear: '2024-25' },
      period: '2024-25-Q1',
      finding: {
        rule: 'ehcp-growth',
        severity: 'amber',
        financialYear: '2024-25',
        period: '2024-25-Q1',
        message:
          '5,400 EHCPs maintained is 400 above the 5,000 planned for 2024-25 (8.0% more), beyond the allowed growth 5%, up to 5,250.',
        measured: 5_400,
        threshold: 5_250,
      },
    });
    expect(growth(0, 3)).toMatchObject({
      finding: {
        severity: 'red',
        message:
          '3 EHCPs maintained is 3 above the 0 planned for 2024-25, beyond the allowed growth 5%, up to 0.',
      },
    });
  });

  it('needs a planned number and a total', () => {
    expect(growth(undefined, 9_999)).toMatchObject({
      outcome: 'not-applicable',
      reason: 'The agreement plans no EHCP numbers for 2024-25.',
    });
    expect(growth(5_000, undefined).outcome).toBe('not-applicable');
  });
});
