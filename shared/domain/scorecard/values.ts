import type { ScorecardUnit } from './measures';

/**
 * What is wrong with a figure for a measure of this unit, or undefined when it is fine:
 * percentages lie in 0–100, counts are whole and not negative, weeks are not negative,
 * pounds are whole.
 */
export function valueProblem(unit: ScorecardUnit, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'must be a number';
  switch (unit) {
    case 'percent':
      if (value < 0 || value > 100) return 'must be a percentage from 0 to 100';
      return undefined;
    case 'count':
      if (!Number.isInteger(value)) return 'must be a whole number';
      if (value < 0) return 'must not be negative';
      return undefined;
    case 'weeks':
      return value < 0 ? 'must not be negative' : undefined;
    case 'pounds':
      return Number.isInteger(value) ? undefined : 'must be whole pounds';
  }
}
