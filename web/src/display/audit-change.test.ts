import { describe, expect, it } from 'vitest';
import { auditChangeRows, auditValueText, auditWho } from './audit-change';

describe('auditWho', () => {
  it.each([
    [
      { sub: 'u1', role: 'council-editor', name: 'Ana Editor' },
      { name: 'Ana Editor', role: 'Council editor' },
    ],
    [{ sub: 'u1', role: 'dfe-reviewer' }, { name: 'DfE reviewer (name not recorded)' }],
    [{ sub: 'system', role: 'system' }, { name: 'The service' }],
  ])('%o → %o', (actor, expected) => {
    expect(auditWho(actor)).toEqual(expected);
  });
});

describe('auditChangeRows', () => {
  it('gives only what changed, in words, money in pounds, never the bookkeeping', () => {
    expect(
      auditChangeRows(
        { version: 2, status: 'submitted', dfeContributionTotal: 20_000_000 },
        { version: 3, status: 'accepted', dfeContributionTotal: 25_000_000 },
      ),
    ).toEqual([
      { label: 'Status', before: 'Submitted', after: 'Accepted' },
      { label: 'DfE contribution', before: '£20,000,000', after: '£25,000,000' },
    ]);
  });

  it("names a saved return's changed answers by their labels", () => {
    expect(
      auditChangeRows(
        { version: 1, status: 'draft' },
        {
          version: 2,
          status: 'draft',
          changed: ['finance.forecastCumulativeDeficit', 'narrative'],
        },
      ),
    ).toEqual([
      {
        label: 'Answers changed',
        after: 'Forecast cumulative DSG deficit at the year end, Narrative',
      },
    ]);
  });

  it('writes nested values inline: a sign-off, a reviewer, periods and times', () => {
    expect(auditValueText('signOff', { name: 'A. Officer', role: 'Section 151 officer' })).toBe(
      'Name: A. Officer; Role: Section 151 officer',
    );
    expect(
      auditValueText('review', {
        decision: 'return',
        reviewedBy: { sub: 'r', role: 'dfe-reviewer', name: 'Rob Kowalski' },
      }),
    ).toBe('Decision: Return; Reviewed by: Rob Kowalski');
    expect(auditValueText('period', '2024-25-Q3')).toBe('2024-25 quarter 3');
    expect(auditValueText('backPaid', false)).toBe('No');
    expect(auditValueText('rule', 'trajectory-breach')).not.toBe('trajectory-breach');
  });
});
