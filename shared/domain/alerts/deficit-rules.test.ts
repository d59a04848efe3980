import { describe, expect, it } from 'vitest';
import type { TrajectoryYear } from '../agreement';
import { evaluateInYearBreach } from './in-year-breach';
import type { RuleOutcome } from './outcome';
import { evaluateTrajectoryBreach } from './trajectory-breach';

const severity = (outcome: RuleOutcome) =>
  outcome.outcome === 'breach' ? outcome.finding.severity : outcome.outcome;

function cumulative(planned: number, forecast: number, tolerances = {}, financialYear = '2023-24') {
  const trajectory: TrajectoryYear[] = [{ financialYear, plannedCumulativeDeficit: planned }];
  return evaluateTrajectoryBreach(
    {
      period: `${financialYear}-Q3`,
      content: { finance: { forecastCumulativeDeficit: forecast } },
    },
    { trajectory, tolerances },
  );
}

describe('trajectory-breach', () => {
  it('says what Devon-sized overspend means, in £m', () => {
    const outcome = cumulative(9_507_000, 29_907_000);
    expect(outcome).toEqual({
      outcome: 'breach',
      key: { rule: 'trajectory-breach', financialYear: '2023-24' },
      period: '2023-24-Q3',
      finding: {
        rule: 'trajectory-breach',
        severity: 'red',
        financialYear: '2023-24',
        period: '2023-24-Q3',
        message:
          'Forecast cumulative deficit £29.907m is £20.400m above the agreed £9.507m for 2023-24 (tolerance £0.500m).',
        measured: 29_907_000,
        threshold: 10_007_000,
      },
    });
  });

  it.each<[number, string]>([
    [-1_000_000, 'within'],
    [0, 'within'],
    [499_999, 'within'],
    [500_000, 'within'],
    [500_001, 'amber'],
    [999_999, 'amber'],
    [1_000_000, 'amber'],
    [1_000_001, 'red'],
  ])('absolute tolerance dominating: excess %d → %s', (excess, expected) => {
    expect(severity(cumulative(9_507_000, 9_507_000 + excess))).toBe(expected);
  });

  it.each<[number, string]>([
    [2_000_000, 'within'],
    [2_000_001, 'amber'],
    [4_000_000, 'amber'],
    [4_000_001, 'red'],
  ])('percentage dominating (2% of £100m): excess %d → %s', (excess, expected) => {
    expect(severity(cumulative(100_000_000, 100_000_000 + excess))).toBe(expected);
  });

  it.each<[number, string]>([
    [30_864, 'within'],
    [30_865, 'amber'],
    [61_729, 'amber'],
    [61_730, 'red'],
  ])('a tolerance of 30,864.5 (2.5%%, no absolute floor): excess %d → %s', (excess, expected) => {
    const tolerances = { cumulativeDeficitPct: 2.5, cumulativeDeficitAbs: 0 };
    expect(severity(cumulative(1_234_580, 1_234_580 + excess, tolerances))).toBe(expected);
  });

  it('measures a planned surplus by its size', () => {
    // Bury 2024-25: a planned surplus of £60,000; 2% of it is £1,200, so £500,000 applies.
    expect(severity(cumulative(-60_000, 440_000, {}, '2024-25'))).toBe('within');
    expect(severity(cumulative(-60_000, 440_001, {}, '2024-25'))).toBe('amber');
    const noFloor = { cumulativeDeficitAbs: 0 };
    expect(severity(cumulative(-1_000_000, -980_000, noFloor))).toBe('within');
    expect(severity(cumulative(-1_000_000, -979_999, noFloor))).toBe('amber');
    expect(severity(cumulative(-1_000_000, -960_000, noFloor))).toBe('amber');
    expect(severity(cumulative(-1_000_000, -959_999, noFloor))).toBe('red');
    const outcome = cumulative(-60_000, 2_038_000, {}, '2024-25');
    expect(outcome.outcome === 'breach' && outcome.finding.message).toBe(
      'Forecast cumulative deficit £2.038m is £2.098m above the agreed £0.060m surplus for 2024-25 (tolerance £0.500m).',
    );
  });

  it('cannot judge a year the agreement does not plan, nor a return with no forecast', () => {
    const trajectory: TrajectoryYear[] = [
      { financialYear: '2023-24', plannedCumulativeDeficit: 1 },
    ];
    const missingYear = evaluateTrajectoryBreach(
      { period: '2024-25-Q1', content: { finance: { forecastCumulativeDeficit: 99_000_000 } } },
      { trajectory },
    );
    expect(missingYear).toEqual({
      outcome: 'not-applicable',
      key: { rule: 'trajectory-breach', financialYear: '2024-25' },
      period: '2024-25-Q1',
      reason: 'The agreement has no planned cumulative deficit for 2024-25.',
    });
    expect(
      evaluateTrajectoryBreach({ period: '2023-24-Q1', content: {} }, { trajectory }).outcome,
    ).toBe('not-applicable');
  });

  it('says why it is within', () => {
    expect(cumulative(9_507_000, 9_600_000)).toMatchObject({
      outcome: 'within',
      reason:
        'Forecast cumulative deficit £9.600m is within tolerance of the agreed £9.507m for 2023-24 (tolerance £0.500m).',
    });
  });
});

function inYear(planned: number | undefined, forecast: number | undefined, tolerances = {}) {
  const trajectory: TrajectoryYear[] = [
    { financialYear: '2024-25', plannedCumulativeDeficit: 0, plannedInYearBalance: planned },
  ];
  return evaluateInYearBreach(
    { period: '2024-25-Q2', content: { finance: { forecastInYearBalance: forecast } } },
    { trajectory, tolerances },
  );
}

describe('in-year-breach', () => {
  it.each<[number, string]>([
    [1_500_000, 'within'],
    [500_000, 'within'],
    [499_999, 'amber'],
    [0, 'amber'],
    [-1, 'red'],
  ])('planned surplus £1m, forecast %d → %s', (forecast, expected) => {
    expect(severity(inYear(1_000_000, forecast))).toBe(expected);
  });

  it.each<[number, string]>([
    [-30_600_000, 'within'],
    [-30_600_001, 'amber'],
    [-31_200_000, 'amber'],
    [-31_200_001, 'red'],
  ])('planned deficit £30m (2% = £600,000 dominates), forecast %d → %s', (forecast, expected) => {
    expect(severity(inYear(-30_000_000, forecast))).toBe(expected);
  });

  it('reports the shortfall below the plan', () => {
    expect(inYear(-2_000_000, -5_000_000)).toMatchObject({
      outcome: 'breach',
      finding: {
        rule: 'in-year-breach',
        severity: 'red',
        message:
          'Forecast in-year DSG balance £5.000m deficit is £3.000m below the agreed £2.000m deficit for 2024-25 (tolerance £0.500m).',
        measured: -5_000_000,
        threshold: -2_500_000,
      },
    });
  });

  it('applies only when the trajectory plans an in-year balance', () => {
    expect(inYear(undefined, -50_000_000)).toMatchObject({
      outcome: 'not-applicable',
      reason: 'The agreement has no planned in-year balance for 2024-25.',
    });
    expect(inYear(0, undefined).outcome).toBe('not-applicable');
  });
});
