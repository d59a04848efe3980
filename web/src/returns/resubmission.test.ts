import { describe, expect, it } from 'vitest';
import type { ReturnDraft } from '../../../shared/schemas/return-content';
import { returnChanges } from './return-changes';
import { resubmissionOf, type HistoryStep } from './resubmission';

const names = {
  conditions: new Map([['c1', 'Reduce independent placements']]),
  mitigations: new Map([['m1', 'Inclusion in mainstream']]),
};

const first: ReturnDraft = {
  finance: { highNeedsIncome: 48_000_000, forecastCumulativeDeficit: 12_000_000 },
  demand: { ehcpsTotal: 2400, newEhcps: 120 },
  conditions: [{ conditionId: 'c1', status: 'at-risk', statement: 'Behind plan.' }],
  workstreams: [
    { name: 'Sufficiency', rag: 'amber' },
    { name: 'Transport', rag: 'green' },
  ],
  risks: [{ title: 'Tribunals', rag: 'red', mitigation: 'Mediation' }],
  narrative: 'A hard term.',
};

describe('returnChanges', () => {
  it('names each changed answer with its label, before and after, in words', () => {
    const second: ReturnDraft = {
      ...first,
      finance: { highNeedsIncome: 48_000_000, forecastCumulativeDeficit: 10_500_000 },
      demand: { ehcpsTotal: 2400, newEhcps: 120, plansCeased: 30 },
      conditions: [{ conditionId: 'c1', status: 'on-track', statement: 'Behind plan.' }],
      workstreams: [
        { name: 'Transport', rag: 'green' },
        { name: 'Sufficiency', rag: 'red', note: 'Two schools delayed' },
      ],
      risks: [],
    };
    expect(returnChanges(first, second, names)).toEqual([
      {
        section: 'Finance',
        label: 'Forecast cumulative DSG deficit at the year end',
        before: '£12.000m',
        after: '£10.500m',
      },
      { section: 'Demand', label: expect.stringMatching(/ceased/i) as string, after: '30' },
      {
        section: 'Conditions',
        label: 'Status for “Reduce independent placements”',
        before: 'At risk',
        after: 'On track',
      },
      {
        section: 'Workstreams',
        label: 'RAG rating for “Sufficiency”',
        before: 'Amber',
        after: 'Red',
      },
      { section: 'Workstreams', label: 'Note for “Sufficiency”', after: 'Two schools delayed' },
      { section: 'Risks', label: 'Risk “Tribunals”', before: 'Listed', after: 'Removed' },
    ]);
  });

  it('finds nothing when only the order of a list changed', () => {
    const reordered = { ...first, workstreams: [...(first.workstreams ?? [])].reverse() };
    expect(returnChanges(first, reordered, names)).toEqual([]);
  });

  it('says when an item was added', () => {
    const more = {
      ...first,
      risks: [...(first.risks ?? []), { title: 'Inflation', rag: 'amber' as const }],
    };
    expect(returnChanges(first, more, names)).toEqual([
      { section: 'Risks', label: 'Risk “Inflation”', after: 'Added' },
    ]);
  });
});

describe('resubmissionOf', () => {
  const review = {
    decision: 'return' as const,
    comments: 'Explain the deficit.',
    reviewedAt: '2025-02-02T10:00:00.000Z',
    reviewedBy: { sub: 'rob', role: 'dfe-reviewer' as const },
  };
  const history: HistoryStep[] = [
    {
      version: 4,
      action: 'submitted',
      at: '2025-02-05T10:00:00.000Z',
      content: { ...first, narrative: 'Explained.' },
    },
    { version: 3, action: 'saved', at: '2025-02-04T10:00:00.000Z', content: first },
    { version: 2, action: 'returned', at: '2025-02-02T10:00:00.000Z', review },
    { version: 1, action: 'submitted', at: '2025-02-01T10:00:00.000Z', content: first },
  ];

  it('is a resubmission when an earlier submission exists: DfE’s comments and the changes', () => {
    expect(resubmissionOf(history, names)).toEqual({
      previousSubmittedAt: '2025-02-01T10:00:00.000Z',
      returns: [review],
      changes: [
        { section: 'Narrative', label: 'Narrative', before: 'A hard term.', after: 'Explained.' },
      ],
    });
  });

  it('is not one for a first submission', () => {
    expect(resubmissionOf(history.slice(3), names)).toBeUndefined();
    expect(resubmissionOf([], names)).toBeUndefined();
  });
});
