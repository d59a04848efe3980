import { describe, expect, it } from 'vitest';
import type { ConditionStatus } from '../return-content';
import { evaluateCondition, evaluateReturnConditions } from './condition-not-met';
import type { RuleOutcome } from './outcome';

const severity = (outcome: RuleOutcome) =>
  outcome.outcome === 'breach' ? outcome.finding.severity : outcome.outcome;

describe('condition-not-met', () => {
  it.each<[ConditionStatus | undefined, ConditionStatus | undefined, string]>([
    ['met', undefined, 'within'],
    ['on-track', undefined, 'within'],
    ['at-risk', undefined, 'amber'],
    ['not-met', undefined, 'red'],
    [undefined, 'met', 'within'],
    [undefined, 'at-risk', 'within'],
    [undefined, 'not-met', 'red'],
    ['at-risk', 'not-met', 'red'],
    ['on-track', 'not-met', 'red'],
    ['at-risk', 'at-risk', 'amber'],
    ['not-met', 'met', 'red'],
    [undefined, undefined, 'not-applicable'],
  ])('reported %s, assessed %s → %s', (reported, assessed, expected) => {
    const outcome = evaluateCondition({
      period: '2024-25-Q2',
      conditionId: 'inmss-placements',
      reported,
      assessed: assessed && { status: assessed, period: '2024-25-Q1' },
    });
    expect(severity(outcome)).toBe(expected);
  });

  it('keys the alert by condition and says who said what', () => {
    expect(
      evaluateCondition({
        period: '2024-25-Q2',
        conditionId: 'inmss-placements',
        title: 'Reduce independent school placements',
        reported: 'at-risk',
        assessed: { status: 'not-met', period: '2024-25-Q1' },
      }),
    ).toEqual({
      outcome: 'breach',
      key: { rule: 'condition-not-met', financialYear: '2024-25', subject: 'inmss-placements' },
      period: '2024-25-Q2',
      finding: {
        rule: 'condition-not-met',
        severity: 'red',
        financialYear: '2024-25',
        period: '2024-25-Q2',
        subject: 'inmss-placements',
        message:
          'Condition "Reduce independent school placements": the council reports it at risk in 2024-25 quarter 2, and DfE assessed it not met for 2024-25 quarter 1.',
        measured: 3,
        threshold: 1,
      },
    });
  });

  it('judges every condition of the agreement over a return', () => {
    const outcomes = evaluateReturnConditions(
      {
        period: '2024-25-Q2',
        content: {
          conditions: [
            { conditionId: 'a', status: 'not-met' },
            { conditionId: 'b', status: 'on-track' },
          ],
        },
      },
      [{ id: 'a' }, { id: 'b', title: 'B' }, { id: 'c' }],
      { b: { status: 'not-met', period: '2024-25-Q1' } },
    );
    expect(outcomes.map(severity)).toEqual(['red', 'red', 'not-applicable']);
    expect(outcomes[0]).toMatchObject({
      finding: {
        subject: 'a',
        message: 'Condition a: the council reports it not met in 2024-25 quarter 2.',
      },
    });
  });
});
