import { describe, expect, it } from 'vitest';
import { supersedesLatest } from './latest-position';

const at = (period: string) => ({
  period,
  financialYear: period.slice(0, 7),
  submittedAt: '2025-01-01T00:00:00.000Z',
});

describe('supersedesLatest', () => {
  it.each([
    ['the first submission', '2024-25-Q1', undefined, true],
    ['a later period', '2024-25-Q3', at('2024-25-Q2'), true],
    ['the same period resubmitted', '2024-25-Q2', at('2024-25-Q2'), true],
    ['an earlier period resubmitted later', '2024-25-Q1', at('2024-25-Q2'), false],
    ['the next financial year', '2025-26-Q1', at('2024-25-Q4'), true],
    [
      'a monthly period after a quarter (a change of cadence)',
      '2025-26-M01',
      at('2024-25-Q4'),
      true,
    ],
    ['a monthly period inside the latest quarter', '2024-25-M11', at('2024-25-Q4'), false],
  ] as const)('%s', (_name, period, latest, expected) => {
    expect(supersedesLatest(period, latest)).toBe(expected);
  });
});
