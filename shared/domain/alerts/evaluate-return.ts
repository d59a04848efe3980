import type { ConditionStatus } from '../return-content';
import { periodFinancialYear } from '../periods';
import { evaluateReturnConditions } from './condition-not-met';
import { evaluateEarlyWarning, type ForecastPoint } from './early-warning';
import { evaluateEhcpGrowth } from './ehcp-growth';
import { evaluateInYearBreach } from './in-year-breach';
import type { PlanFigures, ReturnFigures, RuleOutcome } from './outcome';
import { evaluateSavingsShortfall } from './savings-shortfall';
import { evaluateTrajectoryBreach } from './trajectory-breach';
import type { MitigationTerms } from '../agreement-plan-rules';

export interface SubmittedReturnCheck {
  ret: ReturnFigures;
  agreement: PlanFigures & {
    conditions: readonly { id: string; title?: string }[];
    mitigations?: readonly MitigationTerms[] | undefined;
  };
  /** DfE's latest assessment of each condition. */
  latestAssessments?: Readonly<
    Record<string, { status: ConditionStatus; period: string } | undefined>
  >;
  /**
   * The forecasts of every submitted return of the same financial year, this one
   * included; when given, `early-warning` is judged too.
   */
  yearForecasts?: readonly ForecastPoint[];
}

/** Every rule that a submitted return triggers, in one list. */
export function evaluateSubmittedReturn(check: SubmittedReturnCheck): RuleOutcome[] {
  const { ret, agreement } = check;
  const outcomes = [
    evaluateTrajectoryBreach(ret, agreement),
    evaluateInYearBreach(ret, agreement),
    evaluateEhcpGrowth(ret, agreement),
    evaluateSavingsShortfall(ret, agreement),
    ...evaluateReturnConditions(ret, agreement.conditions, check.latestAssessments ?? {}),
  ];
  if (check.yearForecasts) {
    outcomes.push(
      evaluateEarlyWarning(periodFinancialYear(ret.period), check.yearForecasts, agreement),
    );
  }
  return outcomes;
}
