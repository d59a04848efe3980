import { describe, expect, it } from 'vitest';
import { buryAgreement } from '../testing/bury';
import { completeReturn } from '../testing/returns';
import { evaluateSubmittedReturn } from './evaluate-return';

describe('evaluateSubmittedReturn', () => {
  it('runs every return rule, one outcome each, conditions by id', () => {
    const agreement = buryAgreement();
    const content = completeReturn();
    content.finance = { ...content.finance, forecastCumulativeDeficit: 10_707_000 };
    const outcomes = evaluateSubmittedReturn({
      ret: { period: '2023-24-Q2', content },
      agreement,
      latestAssessments: { 'management-information': { status: 'not-met', period: '2023-24-Q1' } },
    });
    expect(
      outcomes.map((o) => [
        o.key.rule,
        o.key.subject,
        o.outcome === 'breach' ? o.finding.severity : o.outcome,
      ]),
    ).toEqual([
      ['trajectory-breach', undefined, 'red'], // £10.707m against £9.507m: £1.2m over
      ['in-year-breach', undefined, 'not-applicable'],
      ['ehcp-growth', undefined, 'not-applicable'],
      ['savings-shortfall', undefined, 'not-applicable'],
      ['condition-not-met', 'ehc-timeliness', 'within'],
      ['condition-not-met', 'inmss-placements', 'amber'],
      ['condition-not-met', 'management-information', 'red'],
    ]);
  });

  it('adds the early warning when given the year’s forecasts', () => {
    const outcomes = evaluateSubmittedReturn({
      ret: { period: '2023-24-Q2', content: completeReturn() },
      agreement: { ...buryAgreement(), conditions: [] },
      yearForecasts: [
        { period: '2023-24-Q1', forecastCumulativeDeficit: 9_000_000 },
        { period: '2023-24-Q2', forecastCumulativeDeficit: 9_900_000 },
      ],
    });
    expect(outcomes.at(-1)).toMatchObject({ outcome: 'breach', key: { rule: 'early-warning' } });
  });
});
