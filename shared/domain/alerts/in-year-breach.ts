import { periodFinancialYear } from '../periods';
import { describeBalance as b, formatMillions as m } from '../money';
import { breach, planFor, type PlanFigures, type ReturnFigures, type RuleOutcome } from './outcome';
import { deficitLimits, severityOf } from './tolerance';

/**
 * `in-year-breach`: shortfall = plannedInYearBalance − forecastInYearBalance (balances:
 * positive = surplus); tolerance = max(cumulativeDeficitAbs, |planned| × pct / 100);
 * same severities as `trajectory-breach`. Judged only when the trajectory gives a planned
 * in-year balance. `measured` is the forecast balance, `threshold` the lowest balance
 * within tolerance.
 */
export function evaluateInYearBreach(ret: ReturnFigures, plan: PlanFigures): RuleOutcome {
  const financialYear = periodFinancialYear(ret.period);
  const key = { rule: 'in-year-breach', financialYear } as const;
  const planned = planFor(plan.trajectory, financialYear)?.plannedInYearBalance;
  if (planned === undefined) {
    return {
      outcome: 'not-applicable',
      key,
      period: ret.period,
      reason: `The agreement has no planned in-year balance for ${financialYear}.`,
    };
  }
  const forecast = ret.content.finance?.forecastInYearBalance;
  if (forecast === undefined) {
    return {
      outcome: 'not-applicable',
      key,
      period: ret.period,
      reason: 'The return gives no forecast in-year balance.',
    };
  }
  const limits = deficitLimits(planned, plan.tolerances ?? {});
  const shortfall = planned - forecast;
  const severity = severityOf(shortfall, limits);
  if (!severity) {
    return {
      outcome: 'within',
      key,
      period: ret.period,
      reason: `Forecast in-year DSG balance ${b(forecast)} is within tolerance of the agreed ${b(planned)} for ${financialYear} (tolerance ${m(limits.amber)}).`,
    };
  }
  return breach({
    ...key,
    severity,
    period: ret.period,
    message: `Forecast in-year DSG balance ${b(forecast)} is ${m(shortfall)} below the agreed ${b(planned)} for ${financialYear} (tolerance ${m(limits.amber)}).`,
    measured: forecast,
    threshold: planned - limits.amber,
  });
}
