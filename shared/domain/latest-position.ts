import { periodEnd, periodStart } from './periods';

/** A council's latest submitted return, as far as its latest known position goes. */
export interface LatestSubmitted {
  period: string;
  financialYear: string;
  submittedAt: string;
  forecastCumulativeDeficit?: number;
}

/**
 * Whether submitting `period` makes it the council's latest known position: a period
 * ending later does, and so does the same period again (a resubmission's figures replace the
 * first's); an earlier period resubmitted afterwards does not.
 */
export function supersedesLatest(period: string, latest: LatestSubmitted | undefined): boolean {
  if (latest === undefined) return true;
  // By the date each period ends: the one ending later says more about the year.
  return (
    (periodEnd(period).localeCompare(periodEnd(latest.period)) ||
      periodStart(period).localeCompare(periodStart(latest.period))) >= 0
  );
}
