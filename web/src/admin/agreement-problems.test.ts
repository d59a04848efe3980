import { describe, expect, it } from 'vitest';
import { agreementControl, agreementFieldLabel, agreementProblems } from './agreement-problems';

const sent = {
  trajectory: ['2020-21', '2021-22'],
  conditions: [0],
  tranches: [0, 2],
  mitigations: [1],
};

describe('the API’s problems with an agreement, as the form shows them', () => {
  it.each([
    ['trajectory[1].programmeCost', 'Programme cost in the year, 2021-22,'],
    ['tranches[1].amount', 'Tranche 3 amount'],
    ['mitigations[0].plannedSavings[0].financialYear', 'Mitigation 2 savings'],
    ['conditions[0].id', 'Condition 1 id'],
    ['dfeContributionTotal', 'The DfE contribution'],
  ])('names %s', (path, label) => {
    expect(agreementFieldLabel(path, sent)).toBe(label);
  });

  it('words each problem, and names a stranded return’s period in words', () => {
    expect(
      agreementProblems(
        [
          { path: 'trajectory[1].programmeCost', message: 'must not be negative' },
          {
            path: 'returns.2024-25-Q1',
            message: 'the submitted return for 2024-25-Q1 is after the last year 2023-24',
          },
          { path: 'tranches.y1', message: 'tranche y1 has been released and cannot be changed' },
        ],
        sent,
      ).map((e) => e.message),
    ).toEqual([
      'Programme cost in the year, 2021-22, must not be negative',
      'The submitted return for 2024-25 quarter 1 (2024-25-Q1) is after the last year 2023-24',
      'Tranche y1 has been released and cannot be changed',
    ]);
  });

  it('links a stranded return to the term, and the rest to their cells', () => {
    expect(agreementControl('returns.2024-25-Q1', sent)).toBe('lastYear');
    expect(agreementControl('trajectory[0].programmeCost', sent)).toBe(
      'trajectory-programmeCost-2020-21',
    );
  });
});
