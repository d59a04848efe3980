import type { AgreementStatus, Cadence } from './agreement';
import { isoDate } from './dates';
import { compareFinancialYears, financialYearStartYear } from './financial-year';
import { periodEnd, periodFinancialYear, periodsInTerm } from './periods';

/** The agreement fields that decide which periods a council owes a return for. */
export interface OwedTerm {
  cadence: Cadence;
  firstYear: string;
  lastYear: string;
  /** The day the agreement was signed; absent, reporting runs from the term's start. */
  signedOn?: string;
}

/**
 * The first day a council reports on: the later of the term's start (1 April of
 * `firstYear`) and the day the agreement was signed. Bury's agreement covers 2020-21 but
 * was signed on 19 March 2021, so its first return is for 2020-21 Q4.
 */
export function reportingStartsOn(term: Pick<OwedTerm, 'firstYear' | 'signedOn'>): string {
  const termStart = isoDate(financialYearStartYear(term.firstYear), 4, 1);
  return term.signedOn && term.signedOn > termStart ? term.signedOn : termStart;
}

/**
 * Whether a council owes a return for a period of its cadence: the period lies within the
 * term and ends on or after reporting starts. A period over before the agreement was signed
 * is owed by nobody, so it is never due, late or overdue.
 */
export function isPeriodOwed(period: string, term: OwedTerm): boolean {
  const year = periodFinancialYear(period);
  return (
    compareFinancialYears(year, term.firstYear) >= 0 &&
    compareFinancialYears(year, term.lastYear) <= 0 &&
    periodEnd(period) >= reportingStartsOn(term)
  );
}

/** Every period of the term the council owes a return for, in order. */
export function periodsOwed(term: OwedTerm): string[] {
  // The term's periods lie within it: only the start of reporting is left to check.
  const starts = reportingStartsOn(term);
  return periodsInTerm(term.cadence, term.firstYear, term.lastYear).filter(
    (period) => periodEnd(period) >= starts,
  );
}

/** Statuses under which a council owes returns. */
const REPORTING: ReadonlySet<AgreementStatus> = new Set(['active', 'under-review']);

/** A council owes returns while its agreement is active or under review. */
export function owesReturns(status: AgreementStatus): boolean {
  return REPORTING.has(status);
}
