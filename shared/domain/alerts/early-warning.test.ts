import { describe, expect, it } from 'vitest';
import type { TrajectoryYear } from '../agreement';
import { evaluateEarlyWarning, type ForecastPoint } from './early-warning';
import type { RuleOutcome } from './outcome';

const severity = (outcome: RuleOutcome) =>
  outcome.outcome === 'breach' ? outcome.finding.severity : outcome.outcome;
const plan = (planned: number, tolerances = {}) => ({
  trajectory: [{ financialYear: '2024-25', plannedCumulativeDeficit: planned }] as TrajectoryYear[],
  tolerances,
});
const points = (...pairs: [string, number][]): ForecastPoint[] =>
  pairs.map(([period, forecastCumulativeDeficit]) => ({ period, forecastCumulativeDeficit }));

describe('early-warning', () => {
  it('projects a rising forecast to 31 March and names the periods', () => {
    // Q1 (30 June) £9.8m, Q2 (30 September) £10.3m: +£500,000 over 92 days, 182 days to run.
    const outcome = evaluateEarlyWarning(
      '2024-25',
      points(['2024-25-Q2', 10_300_000], ['2024-25-Q1', 9_800_000]),
      plan(10_000_000),
    );
    expect(outcome).toEqual({
      outcome: 'breach',
      key: { rule: 'early-warning', financialYear: '2024-25' },
      period: '2024-25-Q2',
      finding: {
        rule: 'early-warning',
        severity: 'amber',
        financialYear: '2024-25',
        period: '2024-25-Q2',
        message:
          'Projected cumulative deficit at 31 March 2025 is £11.289m, £1.289m above the agreed £10.000m for 2024-25 (tolerance £0.500m), on a straight line through the forecasts of 2024-25 quarter 1 (£9.800m) and 2024-25 quarter 2 (£10.300m).',
        measured: 11_289_130,
        threshold: 10_500_000,
      },
    });
  });

  // Q2 ends 182 days and Q3 90 days before 31 March: the projection is Q3 + (Q3 − Q2) × 90/92.
  it.each<[number, number, string]>([
    [10_410_000, 10_318_000, 'within'], // projects exactly £10.5m: at the tolerance
    [10_410_001, 10_318_001, 'amber'], // £10,500,001
    [10_410_000, 10_317_999, 'amber'], // £10,500,000.98: over by a fraction of a pound
    [10_410_000, 10_318_001, 'within'], // £10,499,999.02
  ])('Q3 %d after Q2 %d → %s against £10m ± £0.5m', (q3, q2, expected) => {
    const outcome = evaluateEarlyWarning(
      '2024-25',
      points(['2024-25-Q2', q2], ['2024-25-Q3', q3]),
      plan(10_000_000),
    );
    expect(severity(outcome)).toBe(expected);
  });

  it('uses the percentage tolerance when larger', () => {
    // 2% of £100m is £2m, four times the £0.5m floor.
    const gentle = points(['2024-25-Q1', 100_500_000], ['2024-25-Q2', 101_000_000]);
    // +£500,000 per 92 days → £101m + £989,130 = £101,989,130: within £2m
    expect(severity(evaluateEarlyWarning('2024-25', gentle, plan(100_000_000)))).toBe('within');
    const steeper = points(['2024-25-Q1', 100_500_000], ['2024-25-Q2', 101_500_000]);
    // +£1m per 92 days → £101.5m + £1,978,261 = £103,478,261: over £2m
    expect(severity(evaluateEarlyWarning('2024-25', steeper, plan(100_000_000)))).toBe('amber');
  });

  it('fits a least-squares line through three or more returns', () => {
    // Q1 £9.0m, Q2 £10.0m, Q3 £9.5m (within £0.4m of £9.2m) → about £9.995m at 31 March.
    const outcome = evaluateEarlyWarning(
      '2024-25',
      points(['2024-25-Q1', 9_000_000], ['2024-25-Q2', 10_000_000], ['2024-25-Q3', 9_500_000]),
      plan(9_200_000, { cumulativeDeficitAbs: 400_000 }),
    );
    expect(outcome).toMatchObject({ outcome: 'breach', finding: { period: '2024-25-Q3' } });
    if (outcome.outcome === 'breach') {
      expect(outcome.finding.message).toContain(
        '2024-25 quarter 1 (£9.000m), 2024-25 quarter 2 (£10.000m) and 2024-25 quarter 3 (£9.500m)',
      );
      // The same fit in floating point, x in days before 31 March.
      const xs = [-274, -182, -90];
      const ys = [9_000_000, 10_000_000, 9_500_000];
      const mx = xs.reduce((a, b) => a + b) / 3;
      const my = ys.reduce((a, b) => a + b) / 3;
      const slope =
        xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) /
        xs.reduce((s, x) => s + (x - mx) ** 2, 0);
      expect(outcome.finding.measured).toBe(Math.round(my - slope * mx));
    }
  });

  it('projects a planned surplus too', () => {
    const falling = points(['2024-25-Q1', 1_000_000], ['2024-25-Q2', 700_000]);
    // −300,000 per 92 days → 700,000 − 593,478 = 106,522 against a plan of −60,000: within £0.5m
    expect(severity(evaluateEarlyWarning('2024-25', falling, plan(-60_000)))).toBe('within');
    const rising = points(['2024-25-Q1', -200_000], ['2024-25-Q2', 200_000]);
    // +400,000 per 92 days → 200,000 + 791,304 = 991,304: £1.05m above −£0.06m
    expect(severity(evaluateEarlyWarning('2024-25', rising, plan(-60_000)))).toBe('amber');
  });

  it('leaves a breaching latest return to trajectory-breach', () => {
    const outcome = evaluateEarlyWarning(
      '2024-25',
      points(['2024-25-Q1', 9_000_000], ['2024-25-Q2', 10_500_001]),
      plan(10_000_000),
    );
    expect(outcome).toMatchObject({
      outcome: 'within',
      reason:
        'The 2024-25-Q2 return breaches the trajectory itself; the trajectory-breach alert covers it.',
    });
  });

  it('needs two returns of the year and a plan for it', () => {
    const one = points(['2024-25-Q1', 50_000_000], ['2023-24-Q4', 1]);
    expect(evaluateEarlyWarning('2024-25', one, plan(0))).toMatchObject({
      outcome: 'not-applicable',
      period: '2024-25-Q1',
      reason: 'A projection needs at least two submitted returns for 2024-25.',
    });
    expect(evaluateEarlyWarning('2024-25', [], plan(0))).toMatchObject({
      outcome: 'not-applicable',
    });
    const two = points(['2024-25-Q1', 1], ['2024-25-Q2', 2]);
    expect(evaluateEarlyWarning('2024-25', two, { trajectory: [] })).toMatchObject({
      outcome: 'not-applicable',
      reason: 'The agreement has no planned cumulative deficit for 2024-25.',
    });
  });

  it('cannot fit a line through returns that end on one day', () => {
    const same = points(['2024-25-Q1', 1], ['2024-25-Q1', 2]);
    expect(evaluateEarlyWarning('2024-25', same, plan(0))).toMatchObject({
      outcome: 'not-applicable',
    });
  });
});
