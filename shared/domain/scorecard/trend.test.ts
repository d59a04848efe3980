import { describe, expect, it } from 'vitest';
import { trendOf } from './trend';

describe('trend: the latest figure against the one three months earlier', () => {
  it.each([
    // better, three months earlier, latest, trend
    ['higher', 50, 60, 'improving'],
    ['higher', 60, 50, 'worsening'],
    ['higher', 55, 55, 'steady'],
    ['lower', 1216, 1030, 'improving'],
    ['lower', 1030, 1216, 'worsening'],
    ['lower', 0, 0, 'steady'],
  ] as const)('better %s: %d then %d is %s', (better, earlier, latest, expected) => {
    const series = [
      { month: '2024-03', value: latest },
      { month: '2023-12', value: earlier },
      // Months in between do not count.
      { month: '2024-02', value: 1000 },
    ];
    expect(trendOf(series, better)).toBe(expected);
  });

  it('is unknown without a figure for exactly three months earlier', () => {
    expect(trendOf([], 'higher')).toBe('unknown');
    expect(trendOf([{ month: '2024-03', value: 67.1 }], 'higher')).toBe('unknown');
    expect(
      trendOf(
        [
          { month: '2023-03', value: 0 },
          { month: '2024-02', value: 52.9 },
          { month: '2024-03', value: 67.1 },
        ],
        'higher',
      ),
    ).toBe('unknown');
  });

  it('reads the latest month whatever the order, across a year end', () => {
    const series = [
      { month: '2024-01', value: 40 },
      { month: '2023-10', value: 45 },
    ];
    expect(trendOf(series, 'higher')).toBe('worsening');
  });
});
