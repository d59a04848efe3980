import type { AlertSeverity } from '../alert';

/**
 * Tolerances of the alert rules, computed exactly. A percentage arrives as a JSON
 * number; it is read as the decimal it was written as (its shortest form, so `0.1` is
 * one tenth), and every product with pounds is done in integers (BigInt).
 */

export const DEFAULT_TOLERANCES = {
  cumulativeDeficitPct: 2,
  cumulativeDeficitAbs: 500_000,
  ehcpGrowthPct: 5,
} as const;

/** The tolerance fields of an agreement; missing ones take the defaults. */
export interface ToleranceSettings {
  cumulativeDeficitPct?: number;
  cumulativeDeficitAbs?: number;
  ehcpGrowthPct?: number;
}

/** A non-negative decimal as `numerator / denominator`, exactly as written in decimal. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

export function decimalFraction(value: number): Fraction {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`not a non-negative number: ${value}`);
  const [mantissa = '0', exponentText = '0'] = value.toString().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(whole + fraction);
  return exponent >= 0
    ? { numerator: digits * 10n ** BigInt(exponent), denominator: 1n }
    : { numerator: digits, denominator: 10n ** BigInt(-exponent) };
}

const abs = (n: bigint) => (n < 0n ? -n : n);
const max = (a: bigint, b: bigint) => (a > b ? a : b);

/**
 * The two limits of a deficit rule, in whole pounds, for a planned figure:
 * `amber` = max(abs, |planned| × pct / 100), `red` = max(2 × abs, 2 × |planned| × pct / 100).
 * Both are rounded down. As the excess is whole pounds, `excess > amber` is then exactly
 * `excess > tolerance` (an integer exceeds t iff it exceeds ⌊t⌋), and `red` is ⌊2t⌋
 * rather than 2⌊t⌋ so the red line is exact too.
 */
export interface DeficitLimits {
  amber: number;
  red: number;
}

export function deficitLimits(planned: number, tolerances: ToleranceSettings): DeficitLimits {
  const absolute = BigInt(
    tolerances.cumulativeDeficitAbs ?? DEFAULT_TOLERANCES.cumulativeDeficitAbs,
  );
  const { numerator, denominator } = decimalFraction(
    tolerances.cumulativeDeficitPct ?? DEFAULT_TOLERANCES.cumulativeDeficitPct,
  );
  const scaled = abs(BigInt(planned)) * numerator;
  const base = denominator * 100n;
  return {
    amber: Number(max(absolute, scaled / base)),
    red: Number(max(2n * absolute, (2n * scaled) / base)),
  };
}

/** Over the red limit → red; over the amber limit → amber; at or under → none. */
export function severityOf(excess: number, limits: DeficitLimits): AlertSeverity | undefined {
  if (excess > limits.red) return 'red';
  if (excess > limits.amber) return 'amber';
  return undefined;
}

/**
 * Whether a rational excess `numerator / denominator` (denominator > 0) is over the
 * tolerance max(abs, |planned| × pct / 100), compared without rounding.
 */
export function rationalExceedsTolerance(
  numerator: bigint,
  denominator: bigint,
  planned: number,
  tolerances: ToleranceSettings,
): boolean {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const absolute = BigInt(
    tolerances.cumulativeDeficitAbs ?? DEFAULT_TOLERANCES.cumulativeDeficitAbs,
  );
  const pct = decimalFraction(
    tolerances.cumulativeDeficitPct ?? DEFAULT_TOLERANCES.cumulativeDeficitPct,
  );
  // excess > abs  ⇔  n > abs·d;  excess > |p|·a/(100b)  ⇔  n·100b > |p|·a·d
  const overAbsolute = numerator > absolute * denominator;
  const overPercent =
    numerator * 100n * pct.denominator > abs(BigInt(planned)) * pct.numerator * denominator;
  return overAbsolute && overPercent;
}

/**
 * The most EHCPs within `multiple` times the allowed growth:
 * ⌊planned × (1 + multiple × pct / 100)⌋. A whole count exceeds the unrounded limit
 * exactly when it exceeds this.
 */
export function ehcpLimit(plannedEhcps: number, growthPct: number, multiple = 1): number {
  const { numerator, denominator } = decimalFraction(growthPct);
  const base = denominator * 100n;
  return Number((BigInt(plannedEhcps) * (base + BigInt(multiple) * numerator)) / base);
}
