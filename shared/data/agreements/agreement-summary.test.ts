import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../schemas/agreement';
import { agreementSummaryItem, readAgreementSummary } from './agreement-summary';

const agreement = {
  laCode: '351',
  version: 3,
  programme: 'safety-valve',
  status: 'active',
  signedOn: '2023-03-20',
  firstYear: '2023-24',
  lastYear: '2025-26',
  cadence: 'quarterly',
  returnDueDays: 30,
  dfeContributionTotal: 20_000_000,
  tolerances: { cumulativeDeficitAbs: 250_000 },
  trajectory: [
    { financialYear: '2023-24', plannedCumulativeDeficit: 9_507_000, plannedEhcps: 2400 },
    { financialYear: '2025-26', plannedCumulativeDeficit: -60_000 },
  ],
  tranches: [
    {
      id: 'initial',
      financialYear: '2023-24',
      amount: 10_000_000,
      dueOn: '2023-03-31',
      conditionIds: [],
    },
    {
      id: 'y_2-b',
      financialYear: '2024-25',
      amount: 6_000_000,
      dueOn: '2024-09-30',
      conditionIds: ['c'],
    },
  ],
} as unknown as Agreement;

describe('the agreement summary', () => {
  it.each([
    ['every term', {}],
    ['no signing date', { signedOn: undefined }],
    ['no years and no tranches', { trajectory: [], tranches: [] }],
    ['a proposed monthly agreement', { status: 'proposed', cadence: 'monthly' }],
  ])('gives back what the overview reads, with %s', (_, changes) => {
    const saved = { ...agreement, ...changes } as Agreement;
    const { summary, laCode } = agreementSummaryItem(saved);
    const read = readAgreementSummary({ laCode, summary });
    expect(read).toEqual({
      laCode: '351',
      programme: saved.programme,
      status: saved.status,
      ...(saved.signedOn ? { signedOn: saved.signedOn } : {}),
      firstYear: saved.firstYear,
      lastYear: saved.lastYear,
      cadence: saved.cadence,
      returnDueDays: 30,
      tolerances: { cumulativeDeficitAbs: 250_000 },
      trajectory: saved.trajectory.map((t) => ({
        financialYear: t.financialYear,
        plannedCumulativeDeficit: t.plannedCumulativeDeficit,
      })),
      tranches: saved.tranches.map(({ conditionIds: _c, ...terms }) => terms),
    });
  });

  it('is a small item in the overview’s collection, its figures in one attribute', () => {
    const item = agreementSummaryItem(agreement);
    expect(Object.keys(item).sort()).toEqual(
      [
        'pk',
        'sk',
        'gsi1pk',
        'gsi1sk',
        'type',
        'laCode',
        'version',
        'dfeContributionTotal',
        'summary',
      ].sort(),
    );
    expect(item).toMatchObject({
      pk: 'COUNCIL#351',
      sk: 'AGREEMENTSUMMARY',
      gsi1pk: 'AGREEMENT_SUMMARIES',
      gsi1sk: '351',
      version: 3,
    });
  });
});
