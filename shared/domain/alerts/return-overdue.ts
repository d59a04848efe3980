import type { AgreementStatus, Cadence } from '../agreement';
import { daysBetween, formatLongDate, utcDateOf } from '../dates';
import {
  DEFAULT_RETURN_DUE_DAYS,
  describePeriod,
  periodDueDate,
  periodEnd,
  periodFinancialYear,
} from '../periods';
import { owesReturns, periodsOwed } from '../returns-owed';
import { breach, type RuleOutcome } from './outcome';

export interface OverdueCheck {
  period: string;
  returnDueDays?: number;
  /** A date or an ISO time (taken in UTC). */
  today: string;
  /** Whether a return for the period has been submitted (it may since have been accepted or returned). */
  submitted: boolean;
}

/**
 * `return-overdue`, one alert per period (the subject): past the due date with no
 * submitted return → amber; once a further `returnDueDays` have passed (twice the time
 * allowed since the period ended) → red. Due on the day itself is not overdue.
 * `measured` is the days since the period ended, `threshold` the days allowed.
 */
export function evaluateReturnOverdue(check: OverdueCheck): RuleOutcome {
  const dueDays = check.returnDueDays ?? DEFAULT_RETURN_DUE_DAYS;
  const key = {
    rule: 'return-overdue',
    financialYear: periodFinancialYear(check.period),
    subject: check.period,
  } as const;
  const today = utcDateOf(check.today);
  const due = periodDueDate(check.period, dueDays);
  const overdueBy = daysBetween(due, today);
  if (check.submitted) {
    return {
      outcome: 'within',
      key,
      period: check.period,
      reason: `The ${check.period} return has been submitted.`,
    };
  }
  if (overdueBy <= 0) {
    return {
      outcome: 'within',
      key,
      period: check.period,
      reason: `The ${check.period} return is due on ${due}.`,
    };
  }
  return breach({
    ...key,
    severity: overdueBy > dueDays ? 'red' : 'amber',
    period: check.period,
    message: `The ${describePeriod(check.period)} return was due on ${formatLongDate(due)} and has not been submitted (${overdueBy} ${overdueBy === 1 ? 'day' : 'days'} overdue).`,
    measured: daysBetween(periodEnd(check.period), today),
    threshold: dueDays,
  });
}

export interface ReturnSchedule {
  status: AgreementStatus;
  cadence: Cadence;
  firstYear: string;
  lastYear: string;
  returnDueDays?: number;
  signedOn?: string;
}

/**
 * The scheduled check over a council's agreement: an outcome for every period of the
 * term whose due date has passed. Returns are owed only while the agreement is active
 * or under review, and only for the periods it owes (`periodsOwed`: none over before the
 * agreement was signed).
 */
export function evaluateOverdueReturns(
  agreement: ReturnSchedule,
  today: string,
  submittedPeriods: ReadonlySet<string>,
): RuleOutcome[] {
  if (!owesReturns(agreement.status)) return [];
  const date = utcDateOf(today);
  const dueDays = agreement.returnDueDays ?? DEFAULT_RETURN_DUE_DAYS;
  return periodsOwed(agreement)
    .filter((period) => periodDueDate(period, dueDays) < date)
    .map((period) =>
      evaluateReturnOverdue({
        period,
        returnDueDays: dueDays,
        today: date,
        submitted: submittedPeriods.has(period),
      }),
    );
}
