import { formatLongDate, toDayNumber } from '../dates';
import { financialYearEnd } from '../financial-year';
import { describeDeficit as d, formatMillions as m } from '../money';
import { comparePeriods, describePeriod, periodEnd, periodFinancialYear } from '../periods';
import { breach, planFor, type PlanFigures, type RuleOutcome } from './outcome';
import { deficitLimits, rationalExceedsTolerance, severityOf } from './tolerance';

export interface ForecastPoint {
  period: string;
  forecastCumulativeDeficit: number;
}

/** Rounds `numerator / denominator` (denominator > 0) to the nearest integer, halves away from zero. */
function roundRational(numerator: bigint, denominator: bigint): number {
  const magnitude =
    (2n * (numerator < 0n ? -numerator : numerator) + denominator) / (2n * denominator);
  return Number(numerator < 0n ? -magnitude : magnitude);
}

/**
 * `early-warning` (amber): the latest return of the year is within tolerance, but the
 * least-squares line through the year's submitted forecasts of the cumulative deficit
 * (at least two, each placed at its period's end date), carried to 31 March, ends more
 * than the tolerance above the plan. The line is fitted in exact rational arithmetic
 * with x in days before the year end, so the projection is the intercept.
 * When the latest return itself breaches, `trajectory-breach` speaks for it and this
 * rule reports `within` so an open early warning is resolved in its favour.
 * `measured` is the projection (rounded to the pound), `threshold` the largest
 * year-end deficit within tolerance.
 */
export function evaluateEarlyWarning(
  financialYear: string,
  submitted: readonly ForecastPoint[],
  plan: PlanFigures,
): RuleOutcome {
  const points = submitted
    .filter((p) => periodFinancialYear(p.period) === financialYear)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const latest = points.at(-1);
  const key = { rule: 'early-warning', financialYear } as const;
  const period = latest?.period;
  if (!latest || points.length < 2) {
    return {
      outcome: 'not-applicable',
      key,
      period,
      reason: `A projection needs at least two submitted returns for ${financialYear}.`,
    };
  }
  const planned = planFor(plan.trajectory, financialYear)?.plannedCumulativeDeficit;
  if (planned === undefined) {
    return {
      outcome: 'not-applicable',
      key,
      period,
      reason: `The agreement has no planned cumulative deficit for ${financialYear}.`,
    };
  }
  const tolerances = plan.tolerances ?? {};
  const limits = deficitLimits(planned, tolerances);
  if (severityOf(latest.forecastCumulativeDeficit - planned, limits)) {
    return {
      outcome: 'within',
      key,
      period,
      reason: `The ${latest.period} return breaches the trajectory itself; the trajectory-breach alert covers it.`,
    };
  }

  const yearEnd = financialYearEnd(financialYear);
  const end = toDayNumber(yearEnd);
  let n = 0n,
    sx = 0n,
    sy = 0n,
    sxx = 0n,
    sxy = 0n;
  for (const p of points) {
    const x = BigInt(toDayNumber(periodEnd(p.period)) - end);
    const y = BigInt(p.forecastCumulativeDeficit);
    n += 1n;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const denominator = n * sxx - sx * sx;
  if (denominator === 0n) {
    return {
      outcome: 'not-applicable',
      key,
      period,
      reason: 'The returns all end on the same day, so no line can be fitted.',
    };
  }
  // Intercept at x = 0 (the year end): (Σy·Σx² − Σx·Σxy) / (n·Σx² − (Σx)²).
  const numerator = sy * sxx - sx * sxy;
  const projected = roundRational(numerator, denominator);
  const from = points.map((p) => `${describePeriod(p.period)} (${d(p.forecastCumulativeDeficit)})`);
  const listed =
    from.length > 1 ? `${from.slice(0, -1).join(', ')} and ${from.at(-1)}` : from.join('');
  const excessNumerator = numerator - BigInt(planned) * denominator;
  if (!rationalExceedsTolerance(excessNumerator, denominator, planned, tolerances)) {
    return {
      outcome: 'within',
      key,
      period,
      reason: `Projected cumulative deficit at ${formatLongDate(yearEnd)} is ${d(projected)}, within tolerance of the agreed ${d(planned)}.`,
    };
  }
  return breach({
    ...key,
    severity: 'amber',
    period: latest.period,
    message: `Projected cumulative deficit at ${formatLongDate(yearEnd)} is ${d(projected)}, ${m(projected - planned)} above the agreed ${d(planned)} for ${financialYear} (tolerance ${m(limits.amber)}), on a straight line through the forecasts of ${listed}.`,
    measured: projected,
    threshold: planned + limits.amber,
  });
}
