import {
  comparePeriods,
  periodDueDate,
  periodEnd,
  periodStart,
  periodsOwed,
} from '../../../shared/domain';
import type { Agreement } from '../../../shared/schemas/agreement';
import type { ReturnStatus, ReturnSummary } from '../../../shared/schemas/return-content';

/** One period the council reports on: its return if there is one, or what it still owes. */
export interface ScheduleRow {
  period: string;
  dueOn: string;
  status: ReturnStatus | 'not-started';
  late: boolean;
  /** The period has not ended yet. */
  inProgress: boolean;
  submittedAt?: string;
}

type Term = Pick<Agreement, 'cadence' | 'firstYear' | 'lastYear' | 'returnDueDays' | 'signedOn'>;

/**
 * Every period the council owes a return for (none over before the agreement was signed)
 * that has started by `today` (a `YYYY-MM-DD` date), newest first, with its return or,
 * where there is none yet, as not started: late once its due date has passed. Returns the
 * API lists outside those periods are kept too.
 */
export function returnSchedule(term: Term, returns: ReturnSummary[], today: string): ScheduleRow[] {
  const byPeriod = new Map(returns.map((r) => [r.period, r]));
  const periods = new Set(periodsOwed(term).filter((period) => periodStart(period) <= today));
  for (const r of returns) periods.add(r.period);
  return [...periods]
    .sort((a, b) => comparePeriods(b, a))
    .map((period) => {
      const saved = byPeriod.get(period);
      const inProgress = periodEnd(period) >= today;
      if (saved) {
        return {
          period,
          dueOn: saved.dueOn,
          status: saved.status,
          late: saved.late,
          inProgress,
          ...(saved.submittedAt ? { submittedAt: saved.submittedAt } : {}),
        };
      }
      const dueOn = periodDueDate(period, term.returnDueDays);
      return { period, dueOn, status: 'not-started', late: today > dueOn, inProgress };
    });
}

/** The returns the council still owes: due (the period has ended) and not yet submitted. */
export function returnsOwed(rows: ScheduleRow[]): ScheduleRow[] {
  return rows.filter(
    (row) =>
      !row.inProgress &&
      (row.status === 'not-started' || row.status === 'draft' || row.status === 'returned'),
  );
}

/** Today's date in the UK, `YYYY-MM-DD`. */
export function todayInUk(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
