import { describe, expect, it } from 'vitest';
import { valueProblem } from './values';

describe('figures a unit allows', () => {
  it.each([
    ['percent', 0, undefined],
    ['percent', 100, undefined],
    ['percent', 67.1, undefined],
    ['percent', -0.1, 'must be a percentage from 0 to 100'],
    ['percent', 100.01, 'must be a percentage from 0 to 100'],
    ['count', 0, undefined],
    ['count', 2012, undefined],
    ['count', -1, 'must not be negative'],
    ['count', 1.5, 'must be a whole number'],
    ['weeks', 0, undefined],
    ['weeks', 19.5, undefined],
    ['weeks', -0.5, 'must not be negative'],
    ['pounds', -20_000, undefined],
    ['pounds', 10.5, 'must be whole pounds'],
    ['percent', Number.NaN, 'must be a number'],
  ] as const)('%s %d → %s', (unit, value, expected) => {
    expect(valueProblem(unit, value)).toBe(expected);
  });
});
