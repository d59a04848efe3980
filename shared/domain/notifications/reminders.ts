import { addDays, daysBetween, utcDateOf } from '../dates';
import type { ReturnSchedule } from '../alerts/return-overdue';
import { DEFAULT_RETURN_DUE_DAYS, periodDueDate } from '../periods';
import { owesReturns, periodsOwed } from '../returns-owed';

/** Reminders go this many days before a return is due. */
export const DUE_REMINDER_DAYS = 7;
/**
 * An overdue message goes on the day a return falls overdue; a check that did not run that
 * day (an outage) still sends it within this many days, never for long-past periods.
 */
export const OVERDUE_GRACE_DAYS = 7;

export interface ReturnReminder {
  event: 'return-due' | 'return-overdue';
  period: string;
  dueOn: string;
}

/**
 * The reminders a council's returns call for today: `return-due` from seven days before
 * the due date until it, `return-overdue` from the day after the due date (due on the day
 * itself is not overdue) for a week. Only periods still owed: not yet submitted, under an
 * agreement that is active or under review, owed (`periodsOwed`: none over before signing).
 */
export function returnReminders(
  schedule: ReturnSchedule,
  today: string,
  submittedPeriods: ReadonlySet<string>,
): ReturnReminder[] {
  if (!owesReturns(schedule.status)) return [];
  const date = utcDateOf(today);
  const dueDays = schedule.returnDueDays ?? DEFAULT_RETURN_DUE_DAYS;
  return periodsOwed(schedule)
    .filter((period) => !submittedPeriods.has(period))
    .flatMap((period): ReturnReminder[] => {
      const dueOn = periodDueDate(period, dueDays);
      const daysLeft = daysBetween(date, dueOn);
      if (daysLeft >= 0 && daysLeft <= DUE_REMINDER_DAYS) {
        return [{ event: 'return-due', period, dueOn }];
      }
      const overdueBy = daysBetween(dueOn, date);
      if (overdueBy >= 1 && date <= addDays(dueOn, OVERDUE_GRACE_DAYS)) {
        return [{ event: 'return-overdue', period, dueOn }];
      }
      return [];
    });
}
