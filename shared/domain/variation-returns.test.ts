import { describe, expect, it } from 'vitest';
import { inconsistentReturns } from './variation-returns';

const returns = [
  { period: '2023-24-Q4', status: 'accepted' },
  { period: '2024-25-Q1', status: 'submitted' },
  { period: '2024-25-Q2', status: 'returned' },
  { period: '2024-25-Q3', status: 'draft' },
];

describe('inconsistentReturns', () => {
  it.each<[string, { firstYear: string; lastYear: string }, string[]]>([
    ['the same term', { firstYear: '2023-24', lastYear: '2024-25' }, []],
    ['an extended term', { firstYear: '2023-24', lastYear: '2028-29' }, []],
    [
      'a term ending before submitted periods (drafts do not count)',
      { firstYear: '2023-24', lastYear: '2023-24' },
      ['returns.2024-25-Q1', 'returns.2024-25-Q2'],
    ],
    [
      'a term starting after one',
      { firstYear: '2024-25', lastYear: '2025-26' },
      ['returns.2023-24-Q4'],
    ],
  ])('%s', (_, term, paths) => {
    const errors = inconsistentReturns({ cadence: 'quarterly', ...term }, returns);
    expect(errors.map((e) => e.path)).toEqual(paths);
  });

  it('names a cadence the submitted periods no longer match', () => {
    const errors = inconsistentReturns(
      { cadence: 'termly', firstYear: '2023-24', lastYear: '2024-25' },
      [{ period: '2024-25-Q1', status: 'submitted' }],
    );
    expect(errors).toEqual([
      {
        path: 'returns.2024-25-Q1',
        message:
          'the submitted return for 2024-25-Q1 is a quarterly period, but the agreement reports termly (like 2024-25-T1)',
      },
    ]);
  });
});
