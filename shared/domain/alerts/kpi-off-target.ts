import { formatCount } from '../money';
import {
  isWorse,
  type BetterDirection,
  type ScorecardUnit,
  addMonths,
  formatMonth,
  monthFinancialYear,
  monthPeriod,
  targetFor,
  type MonthTarget,
} from '../scorecard';
import { breach, type RuleOutcome } from './outcome';

/** Months in a row off target that make the alert red. */
export const KPI_RED_MONTHS = 3;

export interface KpiFigures {
  measure: {
    key: string;
    title: string;
    unit: ScorecardUnit;
    better: BetterDirection;
    targets: readonly MonthTarget[];
  };
  /** The council's figures for this measure, one per month, in any order. */
  values: readonly { month: string; value: number }[];
}

/**
 * `kpi-off-target` (subject: the measure key), judged on the latest month with a figure:
 * worse than the target in force that month → amber; worse in each of the three months
 * up to it (consecutive months, each against its own target) → red; on or better than
 * target → within, which resolves an open alert. No figure or no target: not applicable.
 * `measured` is the latest figure and `threshold` its target.
 */
export function evaluateKpiOffTarget({ measure, values }: KpiFigures): RuleOutcome {
  const latest = values.reduce<{ month: string; value: number } | undefined>(
    (acc, v) => (!acc || v.month > acc.month ? v : acc),
    undefined,
  );
  if (!latest) {
    return {
      outcome: 'not-applicable',
      key: { rule: 'kpi-off-target', financialYear: '', subject: measure.key },
      reason: `No figures for ${measure.title} yet.`,
    };
  }
  const key = {
    rule: 'kpi-off-target',
    financialYear: monthFinancialYear(latest.month),
    subject: measure.key,
  } as const;
  const period = monthPeriod(latest.month);
  const target = targetFor(measure.targets, latest.month);
  const shown = (n: number) => show(n, measure.unit);
  if (target === undefined) {
    return {
      outcome: 'not-applicable',
      key,
      period,
      reason: `${measure.title} has no target for ${formatMonth(latest.month)}.`,
    };
  }
  if (!isWorse(latest.value, target, measure.better)) {
    return {
      outcome: 'within',
      key,
      period,
      reason: `${measure.title} was ${shown(latest.value)} in ${formatMonth(latest.month)}, on or better than its target of ${shown(target)}.`,
    };
  }
  const byMonth = new Map(values.map((v) => [v.month, v.value]));
  let monthsOff = 0;
  for (let month = latest.month; monthsOff < KPI_RED_MONTHS; month = addMonths(month, -1)) {
    const value = byMonth.get(month);
    const monthTarget = targetFor(measure.targets, month);
    if (value === undefined || monthTarget === undefined) break;
    if (!isWorse(value, monthTarget, measure.better)) break;
    monthsOff++;
  }
  const red = monthsOff >= KPI_RED_MONTHS;
  const direction = measure.better === 'higher' ? 'below' : 'above';
  return breach({
    ...key,
    severity: red ? 'red' : 'amber',
    period,
    message: `${measure.title} was ${shown(latest.value)} in ${formatMonth(latest.month)}, ${direction} its target of ${shown(target)}${red ? `, for ${KPI_RED_MONTHS} months in a row` : ''}.`,
    measured: latest.value,
    threshold: target,
  });
}

function show(value: number, unit: ScorecardUnit): string {
  switch (unit) {
    case 'percent':
      return `${value}%`;
    case 'pounds':
      return `£${formatCount(value)}`;
    case 'weeks':
      return `${value} weeks`;
    case 'count':
      return formatCount(value);
  }
}
