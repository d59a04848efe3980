import { describe, expect, it } from 'vitest';
import { targetFor } from './targets';

describe('the target in force for a month', () => {
  const targets = [
    { from: '2024-04', value: 80 },
    { from: '2023-04', value: 60 },
  ];
  it.each([
    ['2023-03', undefined],
    ['2023-04', 60],
    ['2024-03', 60],
    ['2024-04', 80],
    ['2026-01', 80],
  ])('%s → %s', (month, expected) => {
    expect(targetFor(targets, month)).toBe(expected);
  });
  it('is absent without targets', () => {
    expect(targetFor(undefined, '2024-03')).toBeUndefined();
    expect(targetFor([], '2024-03')).toBeUndefined();
  });
});
