/**
 * Calendar dates as `YYYY-MM-DD` strings, with arithmetic on UTC day numbers so that
 * no time zone or daylight-saving change can move a date.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a calendar date; `month` is 1–12. Out-of-range parts roll over. */
export function dayNumber(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** The `YYYY-MM-DD` of a day number. */
export function fromDayNumber(days: number): string {
  const date = new Date(days * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** `YYYY-MM-DD` for a calendar date; `month` is 1–12. */
export function isoDate(year: number, month: number, day: number): string {
  return fromDayNumber(dayNumber(year, month, day));
}

/** Whether a string is a real calendar date written `YYYY-MM-DD` (no 2025-02-29). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isoDate(year, month, day) === text;
}

/** Day number of a `YYYY-MM-DD` date; throws on anything else (a caller's bug). */
export function toDayNumber(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The UTC calendar date of a `YYYY-MM-DD` date or an ISO 8601 time, so callers may
 * pass either `today` or `now`.
 */
export function utcDateOf(dateOrTime: string): string {
  if (isIsoDate(dateOrTime)) return dateOrTime;
  const time = Date.parse(dateOrTime);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(dateOrTime) || Number.isNaN(time)) {
    throw new RangeError(`not a date or an ISO 8601 time: ${dateOrTime}`);
  }
  return fromDayNumber(Math.floor(time / MS_PER_DAY));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as GOV.UK writes it: `2025-03-31` → `31 March 2025`. */
export function formatLongDate(date: string): string {
  const day = utcDateOf(date);
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`;
}
