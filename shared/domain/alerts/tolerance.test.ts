import { describe, expect, it } from 'vitest';
import {
  decimalFraction,
  deficitLimits,
  ehcpLimit,
  rationalExceedsTolerance,
  severityOf,
} from './tolerance';

describe('decimalFraction', () => {
  it.each<[number, bigint, bigint]>([
    [2, 2n, 1n],
    [2.5, 25n, 10n],
    [0.1, 1n, 10n],
    [0.07, 7n, 100n],
    [1e-7, 1n, 10_000_000n],
    [1e21, 10n ** 21n, 1n],
    [0, 0n, 1n],
  ])('%d is %d/%d', (value, numerator, denominator) => {
    expect(decimalFraction(value)).toEqual({ numerator, denominator });
  });

  it('refuses negatives and non-numbers', () => {
    expect(() => decimalFraction(-1)).toThrow(RangeError);
    expect(() => decimalFraction(Number.NaN)).toThrow(RangeError);
  });
});

describe('deficitLimits', () => {
  it('uses the absolute tolerance when it is larger', () => {
    expect(deficitLimits(9_507_000, {})).toEqual({ amber: 500_000, red: 1_000_000 });
    expect(deficitLimits(25_000_000, {})).toEqual({ amber: 500_000, red: 1_000_000 }); // 2% is exactly 500,000
  });

  it('uses the percentage when it is larger, of the planned figure’s size', () => {
    expect(deficitLimits(100_000_000, {})).toEqual({ amber: 2_000_000, red: 4_000_000 });
    expect(deficitLimits(-100_000_000, {})).toEqual({ amber: 2_000_000, red: 4_000_000 });
    expect(deficitLimits(25_000_050, {})).toEqual({ amber: 500_001, red: 1_000_002 });
  });

  it('rounds down, and takes the red line from the unrounded tolerance', () => {
    // 2.5% of 1,234,580 is 30,864.5: amber 30,864; red 61,729 (not 2 × 30,864).
    expect(
      deficitLimits(1_234_580, { cumulativeDeficitPct: 2.5, cumulativeDeficitAbs: 0 }),
    ).toEqual({
      amber: 30_864,
      red: 61_729,
    });
  });

  it('reads a percentage as the decimal written, where floating point falls short', () => {
    // 3,000 × 2.3 / 100 is 68.99999999999999 in floating point, which would floor to 68.
    expect((3_000 * 2.3) / 100).toBeLessThan(69);
    expect(deficitLimits(3_000, { cumulativeDeficitPct: 2.3, cumulativeDeficitAbs: 0 })).toEqual({
      amber: 69,
      red: 138,
    });
    expect(
      deficitLimits(50_000, { cumulativeDeficitPct: 0.29, cumulativeDeficitAbs: 0 }).amber,
    ).toBe(145);
  });

  it('is zero with zero tolerances', () => {
    expect(deficitLimits(5_000_000, { cumulativeDeficitPct: 0, cumulativeDeficitAbs: 0 })).toEqual({
      amber: 0,
      red: 0,
    });
  });
});

describe('severityOf', () => {
  const limits = { amber: 500_000, red: 1_000_000 };
  it.each<[number, string | undefined]>([
    [-5_000_000, undefined],
    [0, undefined],
    [500_000, undefined],
    [500_001, 'amber'],
    [1_000_000, 'amber'],
    [1_000_001, 'red'],
  ])('excess %d → %s', (excess, severity) => {
    expect(severityOf(excess, limits)).toBe(severity);
  });
});

describe('rationalExceedsTolerance', () => {
  const tolerances = { cumulativeDeficitPct: 2, cumulativeDeficitAbs: 500_000 };
  it('compares fractions of a pound exactly', () => {
    expect(rationalExceedsTolerance(500_000n, 1n, 0, tolerances)).toBe(false);
    expect(rationalExceedsTolerance(1_500_001n, 3n, 0, tolerances)).toBe(true); // 500,000.33
    expect(rationalExceedsTolerance(1_499_999n, 3n, 0, tolerances)).toBe(false);
    // percent dominates: 2% of 100m is 2m
    expect(rationalExceedsTolerance(4_000_000n, 2n, 100_000_000, tolerances)).toBe(false);
    expect(rationalExceedsTolerance(4_000_001n, 2n, 100_000_000, tolerances)).toBe(true);
    expect(() => rationalExceedsTolerance(1n, 0n, 0, tolerances)).toThrow(RangeError);
  });
});

describe('ehcpLimit', () => {
  it('is the most EHCPs within the growth allowed', () => {
    expect(ehcpLimit(5_000, 5)).toBe(5_250);
    expect(ehcpLimit(5_000, 5, 2)).toBe(5_500);
    expect(ehcpLimit(3_333, 5)).toBe(3_499); // 3,499.65
    expect(ehcpLimit(1_000, 0)).toBe(1_000);
    expect(ehcpLimit(1_000, 0.1)).toBe(1_001);
    expect(ehcpLimit(0, 5)).toBe(0);
  });
});
