import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DEMAND_FIELDS, FINANCE_FIELDS, PLACEMENT_FIELDS } from '../domain';
import { completeReturn } from '../domain/testing/returns';
import {
  Demand,
  Finance,
  Period,
  Placements,
  ReturnContent,
  ReturnDetail,
  ReturnDraft,
  ReturnSummary,
  ReviewInput,
  SubmitReturnInput,
} from './return-content';

describe('return sections', () => {
  // The domain lists each section's fields (the comparable measures, in order); the
  // schemas must hold the same fields in the same order.
  it.each([
    ['finance', Finance.shape, FINANCE_FIELDS],
    ['demand', Demand.shape, DEMAND_FIELDS],
    ['placements', Placements.shape, PLACEMENT_FIELDS],
  ])('%s has the fields the domain lists', (_section, shape, fields) => {
    expect(Object.keys(shape)).toEqual(fields);
  });
});

function paths(result: { success: boolean; error?: z.ZodError }) {
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('Period', () => {
  it('accepts the three cadences and explains a bad year', () => {
    for (const p of ['2024-25-Q4', '2024-25-T3', '2024-25-M12']) expect(Period.parse(p)).toBe(p);
    const bad = Period.safeParse('2024-26-Q1');
    expect(bad.error?.issues).toHaveLength(1);
    expect(bad.error?.issues[0]?.message).toContain('2024-25');
    expect(Period.safeParse('2024-25-Q5').error?.issues).toHaveLength(1);
  });
});

describe('ReturnContent (complete)', () => {
  it('accepts a complete return', () => {
    expect(ReturnContent.safeParse(completeReturn()).success).toBe(true);
  });

  it('needs every section', () => {
    expect(paths(ReturnContent.safeParse({}))).toEqual([
      'finance',
      'demand',
      'placements',
      'conditions',
      'workstreams',
      'risks',
      'narrative',
    ]);
  });
});

describe('ReturnDraft', () => {
  it('accepts an empty draft and any section alone', () => {
    expect(ReturnDraft.safeParse({}).success).toBe(true);
    expect(ReturnDraft.safeParse({ finance: { forecastCumulativeDeficit: -60_000 } }).success).toBe(
      true,
    );
    expect(ReturnDraft.safeParse({ placements: { other: 0 } }).success).toBe(true);
    expect(ReturnDraft.safeParse({ conditions: [{ conditionId: 'ehc-timeliness' }] }).success).toBe(
      true,
    );
    expect(ReturnDraft.safeParse(completeReturn()).success).toBe(true);
  });

  it('validates each field that is present', () => {
    const result = ReturnDraft.safeParse({
      finance: { highNeedsIncome: -1, forecastInYearBalance: 1.5 },
      demand: { ehcpsTotal: -3, issuedWithin20WeeksPct: 100.1, newEhcps: 2.5 },
      placements: { mainstream: '900' },
      conditions: [{ conditionId: 'Bad Id', status: 'fine' }],
      workstreams: [{ name: 'Finance', rag: 'blue' }],
      risks: [{ rag: 'red' }],
      narrative: '',
    });
    expect(paths(result)).toEqual([
      'finance.highNeedsIncome',
      'finance.forecastInYearBalance',
      'demand.ehcpsTotal',
      'demand.newEhcps',
      'demand.issuedWithin20WeeksPct',
      'placements.mainstream',
      'conditions.0.conditionId',
      'conditions.0.status',
      'workstreams.0.rag',
      'risks.0.title',
      'narrative',
    ]);
  });

  it('refuses unknown fields at every level', () => {
    for (const body of [
      { summary: 'x' },
      { finance: { forecastDeficit: 1 } },
      { demand: { ehcps: 1 } },
      { placements: { hospital: 1 } },
      { conditions: [{ conditionId: 'a', colour: 'red' }] },
      { workstreams: [{ name: 'a', owner: 'b' }] },
      { risks: [{ title: 'a', likelihood: 3 }] },
    ]) {
      const result = ReturnDraft.safeParse(body);
      expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
    }
  });

  it('refuses a condition reported twice and a workstream listed twice', () => {
    const result = ReturnDraft.safeParse({
      conditions: [{ conditionId: 'a' }, { conditionId: 'b' }, { conditionId: 'a' }],
      workstreams: [{ name: 'Finance' }, { name: 'Finance' }],
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['conditions.2.conditionId', 'repeats the condition "a"'],
      ['workstreams.1.name', 'repeats the workstream "Finance"'],
    ]);
  });
});

describe('submit and review bodies', () => {
  it('needs a sign-off with name and role', () => {
    expect(
      SubmitReturnInput.safeParse({ signOff: { name: 'A Officer', role: 'Section 151 officer' } })
        .success,
    ).toBe(true);
    expect(paths(SubmitReturnInput.safeParse({ signOff: { name: ' ' } }))).toEqual([
      'signOff.name',
      'signOff.role',
    ]);
    expect(paths(SubmitReturnInput.safeParse({}))).toEqual(['signOff']);
  });

  it('needs comments to send a return back, not to accept it', () => {
    expect(ReviewInput.safeParse({ decision: 'accept' }).success).toBe(true);
    expect(
      ReviewInput.safeParse({ decision: 'return', comments: 'Placements do not add up.' }).success,
    ).toBe(true);
    expect(paths(ReviewInput.safeParse({ decision: 'return' }))).toEqual(['comments']);
    expect(paths(ReviewInput.safeParse({ decision: 'return', comments: '  ' }))).toEqual([
      'comments',
    ]);
    expect(paths(ReviewInput.safeParse({ decision: 'reject', comments: 'x' }))).toEqual([
      'decision',
    ]);
  });
});

describe('returned shapes', () => {
  it('describe a return in a list and in full', () => {
    const summary = {
      period: '2024-25-Q1',
      status: 'submitted',
      version: 3,
      dueOn: '2024-07-30',
      late: false,
    };
    expect(ReturnSummary.safeParse(summary).success).toBe(true);
    expect(
      ReturnDetail.safeParse({
        ...summary,
        content: completeReturn(),
        submittedAt: '2024-07-29T15:00:00Z',
        submittedBy: { sub: 'u-2', role: 'council-approver' },
        signOff: { name: 'A Officer', role: 'DCS' },
      }).success,
    ).toBe(true);
  });
});
