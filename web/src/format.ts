/** Dates and times as GOV.UK writes them, in UK time. */

const UK_TIME_ZONE = 'Europe/London';
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: UK_TIME_ZONE,
});

const timeParts = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: UK_TIME_ZONE,
});

/**
 * "31 March 2025". Takes a `YYYY-MM-DD` date (a calendar date, no time zone) or an
 * ISO 8601 time or Date (shown as the date in the UK at that moment).
 */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string') {
    const match = DATE_ONLY.exec(value);
    if (match) {
      const [, year, month, day] = match.map(Number) as [number, number, number, number];
      // Noon UTC is the same calendar day in London whatever the season.
      return dateFormat.format(new Date(Date.UTC(year, month - 1, day, 12)));
    }
  }
  return dateFormat.format(toDate(value));
}

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: UK_TIME_ZONE,
});

/** "Mar 2025": a month for a chart's axis, where a full date would not fit. */
export function formatMonth(value: string): string {
  const match = DATE_ONLY.exec(value);
  if (!match) return dateFormat.format(toDate(value));
  const [, year, month] = match.map(Number) as [number, number, number, number];
  return monthFormat.format(new Date(Date.UTC(year, month - 1, 15, 12)));
}

/** "9:05am", "12pm" (midday) and "12am" (midnight), as the GOV.UK style guide writes times. */
export function formatTime(value: string | Date): string {
  const parts = timeParts.formatToParts(toDate(value));
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  const suffix = hour < 12 ? 'am' : 'pm';
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return minute === '00' ? `${hour12}${suffix}` : `${hour12}:${minute}${suffix}`;
}

/** "31 March 2025 at 2:15pm". */
export function formatDateTime(value: string | Date): string {
  return `${formatDate(value)} at ${formatTime(value)}`;
}

function toDate(value: string | Date): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return date;
}
