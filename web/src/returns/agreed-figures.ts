import {
  describeBalance,
  describeDeficit,
  formatMillions,
  periodFinancialYear,
} from '../../../shared/domain';
import type { Agreement } from '../../../shared/schemas/agreement';
import type { Finance } from '../../../shared/schemas/return-content';

/** What the agreement planned for a finance field, in words, for the return's financial year. */
export type AgreedFigures = Partial<Record<keyof Finance, string>>;

/**
 * The agreed figures for the year a return's period falls in, beside the forecasts people
 * type: the trajectory's cumulative deficit, in-year balance and council contribution, and
 * the mitigations' planned savings for the year. A figure the plan does not give is absent.
 */
export function agreedFigures(
  agreement: Pick<Agreement, 'trajectory' | 'mitigations'>,
  period: string,
): AgreedFigures {
  const financialYear = periodFinancialYear(period);
  const year = agreement.trajectory.find((t) => t.financialYear === financialYear);
  const planned = (agreement.mitigations ?? []).flatMap((m) =>
    m.plannedSavings.filter((s) => s.financialYear === financialYear),
  );
  const figures: AgreedFigures = {};
  if (year) {
    figures.forecastCumulativeDeficit = describeDeficit(year.plannedCumulativeDeficit);
    if (year.plannedInYearBalance !== undefined) {
      figures.forecastInYearBalance = describeBalance(year.plannedInYearBalance);
    }
    if (year.councilContribution !== undefined) {
      figures.councilContribution = formatMillions(year.councilContribution);
    }
  }
  if (planned.length > 0) {
    figures.savingsTarget = formatMillions(planned.reduce((sum, s) => sum + s.amount, 0));
  }
  return figures;
}
