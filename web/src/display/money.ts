import { describeBalance, describeDeficit, formatMillions } from '../../../shared/domain';

/**
 * Money on screen: £m to three decimals. The API's signs are an accountant's, not a
 * reader's (docs/domain.md, Money): a `…Deficit` is positive when money is owed, a
 * `…Balance` positive when in surplus. These say which it is in words, so nobody has to
 * remember the convention.
 */

/** A cumulative deficit: `£9.507m`, or `£0.060m surplus` when negative. */
export function formatDeficit(pounds: number): string {
  return describeDeficit(pounds);
}

/** An in-year balance: `£1.000m surplus`, `£2.000m deficit`, or `£0.000m` when nil. */
export function formatBalance(pounds: number): string {
  return describeBalance(pounds);
}

/**
 * How far a deficit forecast is from plan (forecast − planned): `£3.500m over plan`
 * (worse), `£1.000m under plan` (better), `On plan`.
 */
export function formatVariance(pounds: number): string {
  const amount = formatMillions(Math.abs(pounds));
  if (amount === formatMillions(0)) return 'On plan';
  return pounds > 0 ? `${amount} over plan` : `${amount} under plan`;
}

/** A percentage to one decimal place with a sign: `+17.4%`, `-2.0%`, `0.0%`. */
export function formatSignedPct(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Math.abs(rounded).toFixed(1);
  if (rounded > 0) return `+${text}%`;
  if (rounded < 0) return `-${text}%`;
  return `${text}%`;
}

/** A share or rate as written in a return: `46.4%`. */
export function formatPct(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** Pounds as `£m` for a chart's axis, unrounded to three places: 20067000 → 20.067. */
export function toMillions(pounds: number): number {
  return Math.round(pounds / 1000) / 1000;
}
