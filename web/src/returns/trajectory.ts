import { compareFinancialYears, comparePeriods, periodFinancialYear } from '../../../shared/domain';
import type { TrajectoryYear } from '../../../shared/schemas/agreement';
import type { ReturnSummary } from '../../../shared/schemas/return-content';

/** One financial year of the trajectory chart and its table. */
export interface TrajectoryRow {
  financialYear: string;
  planned?: number;
  unmitigated?: number;
  /** The council's forecast cumulative deficit from its latest submitted return of the year. */
  forecast?: number;
  forecastPeriod?: string;
}

/** Submitted or accepted: the returns that stand as what the council reported. */
const REPORTED = new Set(['submitted', 'accepted']);

/** The latest reported return of each financial year: the ones whose forecasts the chart shows. */
export function latestReportedPerYear(returns: readonly ReturnSummary[]): string[] {
  const latest = new Map<string, string>();
  for (const r of returns) {
    if (!REPORTED.has(r.status)) continue;
    const year = periodFinancialYear(r.period);
    const seen = latest.get(year);
    if (!seen || comparePeriods(r.period, seen) > 0) latest.set(year, r.period);
  }
  return [...latest.values()].sort(comparePeriods);
}

/** The plan, the unmitigated forecast and the council's forecasts, year by year. */
export function trajectoryRows(
  trajectory: readonly TrajectoryYear[],
  forecasts: readonly { period: string; forecastCumulativeDeficit?: number | undefined }[],
): TrajectoryRow[] {
  const rows = new Map<string, TrajectoryRow>();
  const row = (financialYear: string) => {
    const existing = rows.get(financialYear) ?? { financialYear };
    rows.set(financialYear, existing);
    return existing;
  };
  for (const year of trajectory) {
    const r = row(year.financialYear);
    r.planned = year.plannedCumulativeDeficit;
    if (year.unmitigatedCumulativeDeficit !== undefined)
      r.unmitigated = year.unmitigatedCumulativeDeficit;
  }
  for (const forecast of forecasts) {
    if (forecast.forecastCumulativeDeficit === undefined) continue;
    const r = row(periodFinancialYear(forecast.period));
    if (r.forecastPeriod && comparePeriods(forecast.period, r.forecastPeriod) < 0) continue;
    r.forecast = forecast.forecastCumulativeDeficit;
    r.forecastPeriod = forecast.period;
  }
  return [...rows.values()].sort((a, b) => compareFinancialYears(a.financialYear, b.financialYear));
}
