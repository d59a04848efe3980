import { describe, expect, it } from 'vitest';
import {
  evaluateOverdueReturns,
  evaluateReturnOverdue,
  type ReturnSchedule,
} from './return-overdue';
import type { RuleOutcome } from './outcome';

const severity = (outcome: RuleOutcome) =>
  outcome.outcome === 'breach' ? outcome.finding.severity : outcome.outcome;

describe('return-overdue', () => {
  it.each<[string, string]>([
    ['2024-07-29', 'within'],
    ['2024-07-30', 'within'],
    ['2024-07-31', 'amber'],
    ['2024-08-29', 'amber'],
    ['2024-08-30', 'red'],
    ['2024-08-30T00:00:00Z', 'red'],
  ])('2024-25-Q1, due 2024-07-30, unsubmitted on %s → %s', (today, expected) => {
    expect(severity(evaluateReturnOverdue({ period: '2024-25-Q1', today, submitted: false }))).toBe(
      expected,
    );
  });

  it('resolves once submitted, however late', () => {
    expect(
      evaluateReturnOverdue({ period: '2024-25-Q1', today: '2025-01-01', submitted: true }),
    ).toEqual({
      outcome: 'within',
      key: { rule: 'return-overdue', financialYear: '2024-25', subject: '2024-25-Q1' },
      period: '2024-25-Q1',
      reason: 'The 2024-25-Q1 return has been submitted.',
    });
  });

  it('keys by period and counts days', () => {
    expect(
      evaluateReturnOverdue({
        period: '2024-25-Q4',
        returnDueDays: 20,
        today: '2025-04-21',
        submitted: false,
      }),
    ).toEqual({
      outcome: 'breach',
      key: { rule: 'return-overdue', financialYear: '2024-25', subject: '2024-25-Q4' },
      period: '2024-25-Q4',
      finding: {
        rule: 'return-overdue',
        severity: 'amber',
        financialYear: '2024-25',
        period: '2024-25-Q4',
        subject: '2024-25-Q4',
        message:
          'The 2024-25 quarter 4 return was due on 20 April 2025 and has not been submitted (1 day overdue).',
        measured: 21,
        threshold: 20,
      },
    });
  });
});

describe('evaluateOverdueReturns', () => {
  const bury: ReturnSchedule = {
    status: 'active',
    cadence: 'quarterly',
    firstYear: '2020-21',
    lastYear: '2024-25',
    returnDueDays: 30,
    signedOn: '2021-03-19',
  };

  it('owes returns only for periods ending on or after signing, once due', () => {
    expect(evaluateOverdueReturns(bury, '2021-04-30', new Set())).toEqual([]);
    const outcomes = evaluateOverdueReturns(bury, '2021-05-01', new Set());
    expect(outcomes.map((o) => o.period)).toEqual(['2020-21-Q4']);
    expect(severity(outcomes[0]!)).toBe('amber');
  });

  it('resolves submitted periods and raises the rest', () => {
    const outcomes = evaluateOverdueReturns(
      bury,
      '2021-11-01',
      new Set(['2020-21-Q4', '2021-22-Q2']),
    );
    expect(outcomes.map((o) => [o.period, severity(o)])).toEqual([
      ['2020-21-Q4', 'within'],
      ['2021-22-Q1', 'red'],
      ['2021-22-Q2', 'within'],
    ]);
  });

  it('stops at the end of the term and for agreements not in force', () => {
    expect(evaluateOverdueReturns(bury, '2030-01-01', new Set())).toHaveLength(17);
    for (const status of ['proposed', 'rejected', 'completed'] as const) {
      expect(evaluateOverdueReturns({ ...bury, status }, '2030-01-01', new Set())).toEqual([]);
    }
    const unsigned = { ...bury, signedOn: undefined };
    expect(evaluateOverdueReturns(unsigned, '2030-01-01', new Set())).toHaveLength(20);
  });
});
