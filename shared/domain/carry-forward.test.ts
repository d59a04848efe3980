import { describe, expect, it } from 'vitest';
import { carryForward } from './carry-forward';

const content = (tag: string) => ({
  conditions: [{ conditionId: 'c1', statement: `statement ${tag}` }],
  workstreams: [{ name: `ws ${tag}` }],
  risks: [{ title: `risk ${tag}` }],
  finance: { highNeedsIncome: 1 },
  narrative: 'n',
});

describe('carryForward', () => {
  it.each([
    ['the latest submitted or accepted return before the period', 'Q3'],
    ['nothing from the period itself or later ones', 'Q2'],
  ])('takes %s', (_what, wanted) => {
    const returns = [
      { period: '2024-25-Q1', status: 'accepted' as const, content: content('Q1') },
      { period: '2024-25-Q2', status: 'submitted' as const, content: content('Q2') },
      { period: '2024-25-Q3', status: 'draft' as const, content: content('Q3') },
      { period: '2024-25-Q4', status: 'submitted' as const, content: content('Q4') },
    ];
    const period = wanted === 'Q3' ? '2024-25-Q3' : '2024-25-Q2';
    const expected = wanted === 'Q3' ? 'Q2' : 'Q1';
    expect(carryForward(period, returns)).toEqual({
      conditions: [{ conditionId: 'c1', statement: `statement ${expected}` }],
      workstreams: [{ name: `ws ${expected}` }],
      risks: [{ title: `risk ${expected}` }],
    });
  });

  it('leaves out figures and narrative, and gives nothing without a submitted return', () => {
    const carried = carryForward('2024-25-Q3', [
      { period: '2024-25-Q1', status: 'submitted', content: content('Q1') },
    ]);
    expect(carried).not.toHaveProperty('finance');
    expect(carried).not.toHaveProperty('narrative');
    expect(
      carryForward('2024-25-Q3', [
        { period: '2024-25-Q1', status: 'returned', content: content('Q1') },
      ]),
    ).toEqual({});
  });
});

describe('carryForward of mitigations and a varied agreement', () => {
  const submitted = {
    period: '2024-25-Q1',
    status: 'submitted' as const,
    content: {
      conditions: [
        { conditionId: 'kept', statement: 'still a condition' },
        { conditionId: 'dropped', statement: 'removed by a variation' },
      ],
      mitigations: [
        { mitigationId: 'm1', savingsToDate: 10, forecastSavings: 20, rag: 'amber', note: 'n' },
        { mitigationId: 'gone', savingsToDate: 1, forecastSavings: 2, rag: 'red' },
      ],
    },
  };

  it.each([
    ['every entry, figures left out', undefined, ['kept', 'dropped'], ['m1', 'gone']],
    [
      'only those the agreement still has',
      { conditionIds: ['kept'], mitigationIds: ['m1'] },
      ['kept'],
      ['m1'],
    ],
  ])('carries %s', (_what, known, conditionIds, mitigationIds) => {
    const carried = carryForward('2024-25-Q2', [submitted], known);
    expect(carried.conditions?.map((c) => c.conditionId)).toEqual(conditionIds);
    expect(carried.mitigations?.map((m) => m.mitigationId)).toEqual(mitigationIds);
    for (const m of carried.mitigations ?? []) {
      expect(m).not.toHaveProperty('savingsToDate');
      expect(m).not.toHaveProperty('forecastSavings');
    }
    expect(carried.mitigations?.[0]).toEqual({ mitigationId: 'm1', rag: 'amber', note: 'n' });
  });
});
