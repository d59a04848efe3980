/**
 * Months of a monthly scorecard, written `2024-03`. Months compare as strings; the
 * financial year runs April to March, so March 2024 is in 2023-24.
 */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

function parts(month: string): [number, number] {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new Error(`Not a month: ${month}`);
  return [Number(match[1]), Number(match[2])];
}

function format(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month `n` months after (or, for negative `n`, before) `month`. */
export function addMonths(month: string, n: number): string {
  const [year, m] = parts(month);
  const index = year * 12 + (m - 1) + n;
  return format(Math.floor(index / 12), (index % 12) + 1);
}

export function compareMonths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The month a moment falls in, in UTC. */
export function monthOf(now: Date): string {
  return format(now.getUTCFullYear(), now.getUTCMonth() + 1);
}

/** Whether the month has not begun yet: figures can be entered for the current month at the latest. */
export function isFutureMonth(month: string, now: Date): boolean {
  return compareMonths(month, monthOf(now)) > 0;
}

/** The financial year a month lies in: `2024-03` → `2023-24`, `2024-04` → `2024-25`. */
export function monthFinancialYear(month: string): string {
  const [year, m] = parts(month);
  const start = m >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The twelve months of a financial year, April first. */
export function monthsInFinancialYear(financialYear: string): string[] {
  const start = Number(financialYear.slice(0, 4));
  return Array.from({ length: 12 }, (_, i) => addMonths(format(start, 4), i));
}

/** The monthly reporting period of a month: `2024-03` → `2023-24-M12` (M01 is April). */
export function monthPeriod(month: string): string {
  const [, m] = parts(month);
  const index = ((m + 8) % 12) + 1;
  return `${monthFinancialYear(month)}-M${String(index).padStart(2, '0')}`;
}

/** The last day of the month, `2024-02` → `2024-02-29`. */
export function monthEnd(month: string): string {
  const [year, m] = parts(month);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${format(year, m)}-${String(last).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (empty when `from` is after `to`). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; compareMonths(m, to) <= 0; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** `2024-03` → `March 2024`, as people read it. */
export function formatMonth(month: string): string {
  const [year, m] = parts(month);
  const name = new Date(Date.UTC(year, m - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${name} ${year}`;
}
