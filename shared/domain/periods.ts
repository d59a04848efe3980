import type { Cadence } from './agreement';
import { addDays, dayNumber, fromDayNumber, isoDate, toDayNumber, utcDateOf } from './dates';
import {
  compareFinancialYears,
  financialYearOf,
  financialYearRange,
  financialYearStartYear,
  formatFinancialYear,
  parseFinancialYear,
} from './financial-year';
import { fail, ok, type Result } from './result';

/**
 * Reporting periods: `2024-25-Q1`..`Q4` (Apr–Jun, Jul–Sep, Oct–Dec, Jan–Mar),
 * `2024-25-T1`..`T3` (Apr–Jul, Aug–Nov, Dec–Mar), `2024-25-M01`..`M12` (M01 = April).
 */
export const PERIOD_PATTERN = /^(\d{4}-\d{2})-(Q[1-4]|T[1-3]|M(?:0[1-9]|1[0-2]))$/;

export const DEFAULT_RETURN_DUE_DAYS = 30;

interface CadenceShape {
  letter: string;
  count: number;
  /** Months in each period, counted from April. */
  months: number;
  digits: number;
}

const CADENCES: Record<Cadence, CadenceShape> = {
  quarterly: { letter: 'Q', count: 4, months: 3, digits: 1 },
  termly: { letter: 'T', count: 3, months: 4, digits: 1 },
  monthly: { letter: 'M', count: 12, months: 1, digits: 2 },
};

const CADENCE_OF_LETTER: Record<string, Cadence> = { Q: 'quarterly', T: 'termly', M: 'monthly' };

export interface ParsedPeriod {
  period: string;
  cadence: Cadence;
  financialYear: string;
  /** 1-based position within the financial year (Q2 → 2, M01 → 1). */
  index: number;
}

const MALFORMED = 'must be a reporting period like 2024-25-Q2, 2024-25-T1 or 2024-25-M01';

export function parsePeriod(text: string): Result<ParsedPeriod> {
  const match = PERIOD_PATTERN.exec(text);
  if (!match?.[1] || !match[2]) return fail(MALFORMED);
  const year = parseFinancialYear(match[1]);
  if (!year.ok) return fail(`${MALFORMED} (${year.error})`);
  const cadence = CADENCE_OF_LETTER[match[2].charAt(0)];
  if (!cadence) return fail(MALFORMED);
  return ok({ period: text, cadence, financialYear: match[1], index: Number(match[2].slice(1)) });
}

export function isPeriod(text: string): boolean {
  return parsePeriod(text).ok;
}

/** `('quarterly', '2024-25', 2)` → `2024-25-Q2`. */
export function formatPeriod(cadence: Cadence, financialYear: string, index: number): string {
  const shape = CADENCES[cadence];
  if (!Number.isInteger(index) || index < 1 || index > shape.count) {
    throw new RangeError(`a ${cadence} period is numbered 1 to ${shape.count}, not ${index}`);
  }
  financialYearStartYear(financialYear);
  return `${financialYear}-${shape.letter}${String(index).padStart(shape.digits, '0')}`;
}

/** A period known to be valid; throws on anything else (a caller's bug). */
function known(period: string): ParsedPeriod {
  const parsed = parsePeriod(period);
  if (!parsed.ok) throw new RangeError(`not a reporting period: ${period}`);
  return parsed.value;
}

export function periodCadence(period: string): Cadence {
  return known(period).cadence;
}

export function periodFinancialYear(period: string): string {
  return known(period).financialYear;
}

/** First day of the period. */
export function periodStart(period: string): string {
  const { cadence, financialYear, index } = known(period);
  const offset = (index - 1) * CADENCES[cadence].months;
  // Month 4 + offset rolls into the next calendar year past December.
  return isoDate(financialYearStartYear(financialYear), 4 + offset, 1);
}

/** Last day of the period. */
export function periodEnd(period: string): string {
  const { cadence, financialYear, index } = known(period);
  const shape = CADENCES[cadence];
  const nextStart = dayNumber(financialYearStartYear(financialYear), 4 + index * shape.months, 1);
  return fromDayNumber(nextStart - 1);
}

/** The day a return is due: `returnDueDays` days after the period ends. */
export function periodDueDate(period: string, returnDueDays = DEFAULT_RETURN_DUE_DAYS): string {
  return addDays(periodEnd(period), returnDueDays);
}

/**
 * Whether a return is late: submitted after its due date, or not submitted and the
 * due date has passed. Due on the day itself is on time. `today` and `submitted`
 * may be dates or ISO times (taken in UTC).
 */
export function isLate(
  period: string,
  returnDueDays: number | undefined,
  today: string,
  submitted?: string,
): boolean {
  const due = toDayNumber(periodDueDate(period, returnDueDays ?? DEFAULT_RETURN_DUE_DAYS));
  const on = toDayNumber(utcDateOf(submitted ?? today));
  return on > due;
}

/** Every period of a cadence in the term `firstYear`..`lastYear`, in order. */
export function periodsInTerm(cadence: Cadence, firstYear: string, lastYear: string): string[] {
  const periods: string[] = [];
  for (const year of financialYearRange(firstYear, lastYear)) {
    for (let index = 1; index <= CADENCES[cadence].count; index++) {
      periods.push(formatPeriod(cadence, year, index));
    }
  }
  return periods;
}

/** The period of a cadence that contains a date (or an ISO time, taken in UTC). */
export function periodContaining(cadence: Cadence, dateOrTime: string): string {
  const date = utcDateOf(dateOrTime);
  const financialYear = financialYearOf(date);
  const monthsFromApril =
    (Number(date.slice(0, 4)) - financialYearStartYear(financialYear)) * 12 +
    Number(date.slice(5, 7)) -
    4;
  return formatPeriod(
    cadence,
    financialYear,
    Math.floor(monthsFromApril / CADENCES[cadence].months) + 1,
  );
}

/** The period before, or undefined for the first period of `1000-01`. */
export function previousPeriod(period: string): string | undefined {
  const { cadence, financialYear, index } = known(period);
  if (index > 1) return formatPeriod(cadence, financialYear, index - 1);
  const start = financialYearStartYear(financialYear);
  if (start <= 1000) return undefined;
  return formatPeriod(cadence, formatFinancialYear(start - 1), CADENCES[cadence].count);
}

/** The period after, or undefined after the last period of `9998-99`. */
export function nextPeriod(period: string): string | undefined {
  const { cadence, financialYear, index } = known(period);
  if (index < CADENCES[cadence].count) return formatPeriod(cadence, financialYear, index + 1);
  const start = financialYearStartYear(financialYear);
  if (start >= 9998) return undefined;
  return formatPeriod(cadence, formatFinancialYear(start + 1), 1);
}

/**
 * Orders periods by start date, then end date, so periods of one cadence sort in time
 * order and a month sorts before the quarter that starts with it.
 */
export function comparePeriods(a: string, b: string): number {
  return (
    toDayNumber(periodStart(a)) - toDayNumber(periodStart(b)) ||
    toDayNumber(periodEnd(a)) - toDayNumber(periodEnd(b))
  );
}

/** The agreement fields that decide which periods it takes returns for. */
export interface ReportingTerm {
  cadence: Cadence;
  firstYear: string;
  lastYear: string;
}

/**
 * Why a period cannot take a return under an agreement: one sentence per failure
 * (malformed, wrong cadence, before or after the term); empty when it fits.
 */
export function periodProblems(period: string, term: ReportingTerm): string[] {
  const parsed = parsePeriod(period);
  if (!parsed.ok) return [parsed.error];
  const { cadence, financialYear } = parsed.value;
  const problems: string[] = [];
  if (cadence !== term.cadence) {
    problems.push(
      `is a ${cadence} period, but the agreement reports ${term.cadence} (like ${formatPeriod(term.cadence, financialYear, 1)})`,
    );
  }
  if (compareFinancialYears(financialYear, term.firstYear) < 0) {
    problems.push(`is before the agreement's term, which starts in ${term.firstYear}`);
  } else if (compareFinancialYears(financialYear, term.lastYear) > 0) {
    problems.push(`is after the agreement's term, which ends in ${term.lastYear}`);
  }
  return problems;
}

export function periodFitsAgreement(period: string, term: ReportingTerm): boolean {
  return periodProblems(period, term).length === 0;
}

const MONTH_NAMES = [
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'January',
  'February',
  'March',
];

/**
 * A period as people say it: `2024-25 quarter 3`, `2024-25 term 2`, `March 2025`.
 * Anything that is not a period is given back as it is.
 */
export function describePeriod(period: string): string {
  const parsed = parsePeriod(period);
  if (!parsed.ok) return period;
  const { cadence, financialYear, index } = parsed.value;
  if (cadence === 'quarterly') return `${financialYear} quarter ${index}`;
  if (cadence === 'termly') return `${financialYear} term ${index}`;
  // Months 1 to 9 (April to December) fall in the year the financial year starts.
  const startYear = Number(financialYear.slice(0, 4));
  return `${MONTH_NAMES[index - 1]} ${index <= 9 ? startYear : startYear + 1}`;
}
