import { comparePeriods, periodEnd, periodStart, periodsInTerm } from '../../../shared/domain';
import type { Cadence } from '../../../shared/schemas/agreement';

/** The agreement's periods that have started by `today`, newest first. */
export function periodsSoFar(
  term: { cadence: Cadence; firstYear: string; lastYear: string },
  today: string,
): string[] {
  return periodsInTerm(term.cadence, term.firstYear, term.lastYear)
    .filter((period) => periodStart(period) <= today)
    .sort((a, b) => comparePeriods(b, a));
}

/** The latest period that has ended by `today`, or the first of the term if none has. */
export function latestEndedPeriod(
  term: { cadence: Cadence; firstYear: string; lastYear: string },
  today: string,
): string | undefined {
  const periods = periodsInTerm(term.cadence, term.firstYear, term.lastYear);
  return [...periods].reverse().find((period) => periodEnd(period) < today) ?? periods[0];
}
