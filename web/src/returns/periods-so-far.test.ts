import { describe, expect, it } from 'vitest';
import { latestEndedPeriod, periodsSoFar } from './periods-so-far';

const term = { cadence: 'termly' as const, firstYear: '2024-25', lastYear: '2025-26' };

describe('periods so far', () => {
  it('lists the periods started, newest first', () => {
    expect(periodsSoFar(term, '2025-01-10')).toEqual(['2024-25-T3', '2024-25-T2', '2024-25-T1']);
    expect(periodsSoFar(term, '2024-01-01')).toEqual([]);
  });

  it('finds the latest period ended', () => {
    expect(latestEndedPeriod(term, '2025-01-10')).toBe('2024-25-T2');
    expect(latestEndedPeriod(term, '2024-05-01')).toBe('2024-25-T1');
    expect(latestEndedPeriod(term, '2030-01-01')).toBe('2025-26-T3');
  });
});
