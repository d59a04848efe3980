import { isoDate, utcDateOf } from './dates';
import { fail, ok, type Result } from './result';

/**
 * Financial years run 1 April to 31 March and are written `2024-25`: the first
 * calendar year, then the last two digits of the next (`1999-00` after `1999`).
 */
export const FINANCIAL_YEAR_PATTERN = /^(\d{4})-(\d{2})$/;

const EXAMPLE = 'a financial year written like 2024-25';

/** The calendar year the financial year starts in (2024 for `2024-25`), or why the text is not one. */
export function parseFinancialYear(text: string): Result<number> {
  const match = FINANCIAL_YEAR_PATTERN.exec(text);
  if (!match) return fail(`must be ${EXAMPLE}`);
  const start = Number(match[1]);
  if (start > 9998) return fail(`must be ${EXAMPLE}`);
  const expected = formatFinancialYear(start);
  if (expected !== text)
    return fail(`must be ${EXAMPLE}: the second part follows the first (${expected})`);
  return ok(start);
}

export function isFinancialYear(text: string): boolean {
  return parseFinancialYear(text).ok;
}

/** `2024` → `2024-25`. */
export function formatFinancialYear(startYear: number): string {
  if (!Number.isInteger(startYear) || startYear < 1000 || startYear > 9998) {
    throw new RangeError(`no financial year starts in ${startYear}`);
  }
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The start year of a financial year known to be valid; throws on anything else (a caller's bug). */
export function financialYearStartYear(financialYear: string): number {
  const parsed = parseFinancialYear(financialYear);
  if (!parsed.ok) throw new RangeError(`not a financial year: ${financialYear}`);
  return parsed.value;
}

export function nextFinancialYear(financialYear: string): string {
  return formatFinancialYear(financialYearStartYear(financialYear) + 1);
}

export function previousFinancialYear(financialYear: string): string {
  return formatFinancialYear(financialYearStartYear(financialYear) - 1);
}

/** Negative when `a` is earlier, 0 when the same, positive when later. */
export function compareFinancialYears(a: string, b: string): number {
  return financialYearStartYear(a) - financialYearStartYear(b);
}

/** Every financial year from `first` to `last`, both included; empty when `last` is before `first`. */
export function financialYearRange(first: string, last: string): string[] {
  const years: string[] = [];
  for (let y = financialYearStartYear(first); y <= financialYearStartYear(last); y++) {
    years.push(formatFinancialYear(y));
  }
  return years;
}

/** 1 April of the first year. */
export function financialYearStart(financialYear: string): string {
  return isoDate(financialYearStartYear(financialYear), 4, 1);
}

/** 31 March of the second year. */
export function financialYearEnd(financialYear: string): string {
  return isoDate(financialYearStartYear(financialYear) + 1, 3, 31);
}

/** The financial year a date (or an ISO time, taken in UTC) falls in. */
export function financialYearOf(dateOrTime: string): string {
  const date = utcDateOf(dateOrTime);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return formatFinancialYear(month >= 4 ? year : year - 1);
}

/** Whether a date (or an ISO time, taken in UTC) falls within the financial year. */
export function financialYearContains(financialYear: string, dateOrTime: string): boolean {
  return financialYearOf(dateOrTime) === financialYear;
}

/** Whether `financialYear` lies in the term `firstYear`..`lastYear`, both included. */
export function isWithinTerm(financialYear: string, firstYear: string, lastYear: string): boolean {
  return (
    compareFinancialYears(financialYear, firstYear) >= 0 &&
    compareFinancialYears(financialYear, lastYear) <= 0
  );
}
