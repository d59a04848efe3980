import { plannedSavingsIn, type MitigationTerms } from '../agreement-plan-rules';
import { formatMillions as m } from '../money';
import { periodFinancialYear } from '../periods';
import { breach, type PlanFigures, type ReturnFigures, type RuleOutcome } from './outcome';
import { deficitLimits, severityOf } from './tolerance';

/** A return's savings by mitigation, as this rule reads them. */
interface SavingsReport {
  mitigationId: string;
  forecastSavings?: number | undefined;
}

/**
 * `savings-shortfall`: for the return's financial year, shortfall = the planned savings
 * of every mitigation − the forecast savings the return reports for them; tolerance =
 * max(cumulativeDeficitAbs, |planned| × cumulativeDeficitPct / 100) as for
 * `in-year-breach`, on the planned savings. Over it → amber, over twice it → red. Not
 * judged when no mitigation plans savings for the year or the return reports none.
 * `measured` is the forecast savings, `threshold` the lowest forecast within tolerance.
 */
export function evaluateSavingsShortfall(
  ret: ReturnFigures & { content: { mitigations?: readonly SavingsReport[] | undefined } },
  plan: PlanFigures & { mitigations?: readonly MitigationTerms[] | undefined },
): RuleOutcome {
  const financialYear = periodFinancialYear(ret.period);
  const key = { rule: 'savings-shortfall', financialYear } as const;
  const planned = plannedSavingsIn(plan.mitigations ?? [], financialYear);
  if (planned === undefined) {
    return {
      outcome: 'not-applicable',
      key,
      period: ret.period,
      reason: `No mitigation of the agreement plans savings for ${financialYear}.`,
    };
  }
  const planIds = new Set((plan.mitigations ?? []).map((x) => x.id));
  const forecasts = (ret.content.mitigations ?? []).filter(
    (r) => planIds.has(r.mitigationId) && r.forecastSavings !== undefined,
  );
  if (forecasts.length === 0) {
    return {
      outcome: 'not-applicable',
      key,
      period: ret.period,
      reason: 'The return gives no forecast savings by mitigation.',
    };
  }
  const forecast = forecasts.reduce((sum, r) => sum + (r.forecastSavings ?? 0), 0);
  const limits = deficitLimits(planned, plan.tolerances ?? {});
  const shortfall = planned - forecast;
  const severity = severityOf(shortfall, limits);
  if (!severity) {
    return {
      outcome: 'within',
      key,
      period: ret.period,
      reason: `Forecast savings of ${m(forecast)} are within tolerance of the ${m(planned)} planned for ${financialYear} (tolerance ${m(limits.amber)}).`,
    };
  }
  return breach({
    ...key,
    severity,
    period: ret.period,
    message: `Forecast savings of ${m(forecast)} are ${m(shortfall)} short of the ${m(planned)} the mitigations plan for ${financialYear} (tolerance ${m(limits.amber)}).`,
    measured: forecast,
    threshold: planned - limits.amber,
  });
}
