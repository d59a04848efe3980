import { fail, ok, type Result } from './result';

/**
 * Money is whole pounds held as integers. Formatting and parsing work on digits, never
 * on floating-point products, so `£20.067m` is exactly 20067000.
 */

function assertPounds(pounds: number): void {
  if (!Number.isSafeInteger(pounds)) throw new RangeError(`not whole pounds: ${pounds}`);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Whole pounds as £m to three decimals: `£20.067m`, `-£0.060m`. Rounds to the nearest
 * thousand pounds, halves away from zero; an amount that rounds to zero shows no sign.
 */
export function formatMillions(pounds: number): string {
  assertPounds(pounds);
  const thousands = Math.floor((Math.abs(pounds) + 500) / 1000);
  const whole = Math.floor(thousands / 1000);
  const fraction = String(thousands % 1000).padStart(3, '0');
  const sign = pounds < 0 && thousands > 0 ? '-' : '';
  return `${sign}£${groupThousands(String(whole))}.${fraction}m`;
}

/** A cumulative deficit in words: `£9.507m`, or `£0.060m surplus` when negative. */
export function describeDeficit(pounds: number): string {
  if (pounds < 0 && formatMillions(pounds) !== formatMillions(0)) {
    return `${formatMillions(-pounds)} surplus`;
  }
  return formatMillions(pounds);
}

/** An in-year balance in words: `£1.000m surplus`, `£2.000m deficit`, or `£0.000m` when nil. */
export function describeBalance(pounds: number): string {
  const amount = formatMillions(Math.abs(pounds));
  if (amount === formatMillions(0)) return amount;
  return pounds > 0 ? `${amount} surplus` : `${amount} deficit`;
}

/** Whole pounds with thousands separators: `£20,067,000`, `-£60,000`. */
export function formatPounds(pounds: number): string {
  assertPounds(pounds);
  const sign = pounds < 0 ? '-' : '';
  return `${sign}£${groupThousands(String(Math.abs(pounds)))}`;
}

/** A whole count with thousands separators: `5,400`. */
export function formatCount(count: number): string {
  assertPounds(count);
  return `${count < 0 ? '-' : ''}${groupThousands(String(Math.abs(count)))}`;
}

const HINT = 'enter an amount in pounds, like 20067000, £20,067,000 or £20.067m';
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const SCALE: Record<string, number> = { '': 0, k: 3, m: 6, bn: 9 };

/**
 * What someone typed into a money field, as whole pounds. Accepts an optional `£`,
 * thousands separators (correctly grouped), spaces, a `k`, `m` or `bn` suffix
 * (`£20.067m`, `20.4m`, `250k`), a minus sign before or after the `£`, and accounting
 * brackets for a negative (`(1,000)`). Pence are refused unless they are zero.
 */
export function parseMoney(input: string): Result<number> {
  let text = input.replace(/[\s\u00a0]/g, '').toLowerCase();
  if (text === '') return fail('enter an amount');
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  // A minus may come before or after the pound sign: -£5m, £-5m; U+2212 is a typographic minus.
  const signed = /^([-\u2212]?)(£?)([-\u2212]?)(.*)$/.exec(text);
  if (!signed) return fail(HINT);
  const [, minusBefore = '', , minusAfter = '', rest = ''] = signed;
  if (minusBefore && minusAfter) return fail(HINT);
  if (minusBefore || minusAfter) {
    if (negative) return fail(HINT);
    negative = true;
  }
  const suffix = /(bn|k|m)$/.exec(rest)?.[1] ?? '';
  const number = NUMBER.exec(rest.slice(0, rest.length - suffix.length));
  if (!number) return fail(HINT);
  const whole = (number[1] ?? '').replace(/,/g, '');
  const fraction = number[2] ?? '';
  const scale = SCALE[suffix] ?? 0;
  // Digits past the scale are pence (or less) and must all be zero.
  const kept = fraction.slice(0, scale).padEnd(scale, '0');
  const dropped = fraction.slice(scale);
  if (/[1-9]/.test(dropped)) {
    return fail(
      scale === 0
        ? 'must be whole pounds, without pence'
        : `has more decimal places than whole pounds allow (at most ${scale} after ${suffix})`,
    );
  }
  const digits = (whole + kept).replace(/^0+(?=\d)/, '');
  const pounds = Number(digits);
  if (!Number.isSafeInteger(pounds)) return fail('is too large');
  return ok(negative && pounds !== 0 ? -pounds : pounds);
}
