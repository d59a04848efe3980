import { periodFinancialYear } from '../periods';
import { describeDeficit as d, formatMillions as m } from '../money';
import { breach, planFor, type PlanFigures, type ReturnFigures, type RuleOutcome } from './outcome';
import { deficitLimits, severityOf } from './tolerance';

/**
 * `trajectory-breach`: excess = forecastCumulativeDeficit − plannedCumulativeDeficit of the
 * return's financial year; tolerance = max(cumulativeDeficitAbs, |planned| × pct / 100).
 * Excess over the tolerance → amber, over twice it → red; exactly at it is no breach.
 * `measured` is the forecast, `threshold` the largest forecast within tolerance.
 */
export function evaluateTrajectoryBreach(ret: ReturnFigures, plan: PlanFigures): RuleOutcome {
  const financialYear = periodFinancialYear(ret.period);
  const key = { rule: 'trajectory-breach', financialYear } as const;
  const forecast = ret.content.finance?.forecastCumulativeDeficit;
  if (forecast === undefined) {
    return {
      outcome: 'not-applicable',
      key,
      period: ret.period,
      reason: 'The return gives no forecast cumulative deficit.',
    };
  }
  const planned = planFor(plan.trajectory, financialYear)?.plannedCumulativeDeficit;
  if (planned === undefined) {
    return {
      outcome: 'not-applicable',
      key,
      period: ret.period,
      reason: `The agreement has no planned cumulative deficit for ${financialYear}.`,
    };
  }
  const limits = deficitLimits(planned, plan.tolerances ?? {});
  const excess = forecast - planned;
  const severity = severityOf(excess, limits);
  if (!severity) {
    return {
      outcome: 'within',
      key,
      period: ret.period,
      reason: `Forecast cumulative deficit ${d(forecast)} is within tolerance of the agreed ${d(planned)} for ${financialYear} (tolerance ${m(limits.amber)}).`,
    };
  }
  return breach({
    ...key,
    severity,
    period: ret.period,
    message: `Forecast cumulative deficit ${d(forecast)} is ${m(excess)} above the agreed ${d(planned)} for ${financialYear} (tolerance ${m(limits.amber)}).`,
    measured: forecast,
    threshold: planned + limits.amber,
  });
}
