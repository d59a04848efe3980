import { describe, expect, it } from 'vitest';
import type { Agreement } from './agreement';
import {
  councilPeriodFor,
  filterAndSortRows,
  latestDuePeriod,
  overviewRows,
  variancePct,
  defaultOverviewPeriod,
  type OverviewInputs,
} from './overview';

const agreement = (laCode: string, overrides: Partial<Agreement> = {}): Agreement => ({
  laCode,
  version: 1,
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: { sub: 'a', role: 'dfe-admin' },
  programme: 'safety-valve',
  status: 'active',
  firstYear: '2023-24',
  lastYear: '2025-26',
  cadence: 'quarterly',
  returnDueDays: 30,
  dfeContributionTotal: 10_000_000,
  trajectory: [{ financialYear: '2024-25', plannedCumulativeDeficit: 9_507_000 }],
  conditions: [],
  tranches: [
    { id: 'a', financialYear: '2023-24', amount: 6_000_000, dueOn: '2024-03-31', conditionIds: [] },
    { id: 'b', financialYear: '2024-25', amount: 4_000_000, dueOn: '2025-03-31', conditionIds: [] },
  ],
  tolerances: { cumulativeDeficitPct: 2, cumulativeDeficitAbs: 500_000, ehcpGrowthPct: 5 },
  ...overrides,
});

const inputs = (overrides: Partial<OverviewInputs> = {}): OverviewInputs => ({
  period: '2024-25-Q2',
  now: new Date('2024-12-01T00:00:00Z'),
  councils: [
    { laCode: '351', name: 'Bury', createdAt: '', updatedAt: '' },
    { laCode: '865', name: 'Wiltshire', createdAt: '', updatedAt: '' },
    { laCode: '801', name: 'Bristol', createdAt: '', updatedAt: '' },
    { laCode: '999', name: 'No Agreement', createdAt: '', updatedAt: '' },
  ],
  agreements: [
    agreement('351'),
    agreement('865', {
      trajectory: [{ financialYear: '2024-25', plannedCumulativeDeficit: -60_000 }],
    }),
    agreement('801', { cadence: 'termly' }),
  ],
  returns: [
    {
      laCode: '351',
      period: '2024-25-Q2',
      status: 'submitted',
      submittedAt: '2024-10-20T09:00:00Z',
      content: { finance: { forecastCumulativeDeficit: 29_907_000 } },
    },
    {
      laCode: '865',
      period: '2024-25-Q2',
      status: 'draft',
      content: { finance: { forecastCumulativeDeficit: 1 } },
    },
  ],
  tranches: [{ laCode: '351', trancheId: 'a', status: 'released' }],
  openAlerts: [
    { laCode: '351', severity: 'red', status: 'open' },
    { laCode: '351', severity: 'amber', status: 'open' },
    { laCode: '865', severity: 'amber', status: 'open' },
  ],
  ...overrides,
});

describe('overview rows', () => {
  const rows = overviewRows(inputs());
  const row = (laCode: string) => rows.find((r) => r.laCode === laCode)!;

  it("works out variance in whole pounds against the plan for the period's financial year", () => {
    expect(row('351')).toMatchObject({
      returnStatus: 'submitted',
      forecastCumulativeDeficit: 29_907_000,
      plannedCumulativeDeficit: 9_507_000,
      variance: 20_400_000,
      variancePct: 214.6,
      late: false,
      dueOn: '2024-10-30',
      openAlerts: { red: 1, amber: 1 },
      rag: 'red',
      dfePaidToDate: 6_000_000,
      nextTranche: { id: 'b', amount: 4_000_000, status: 'scheduled' },
    });
  });

  it('shows no figures for a draft, and lists councils without a return or agreement as missing', () => {
    expect(row('865')).toMatchObject({
      returnStatus: 'draft',
      forecastCumulativeDeficit: null,
      variance: null,
      late: true,
      rag: 'amber',
    });
    expect(row('999')).toMatchObject({
      returnStatus: 'missing',
      programme: null,
      period: null,
      dueOn: null,
      late: false,
      rag: 'green',
    });
  });

  it('shows no due date and never late for an agreement that owes no returns', () => {
    const rejected = overviewRows(
      inputs({ agreements: [agreement('351', { status: 'rejected' })] }),
    );
    expect(rejected.find((r) => r.laCode === '351')).toMatchObject({
      agreementStatus: 'rejected',
      dueOn: null,
      late: false,
    });
  });

  it('shows no due date and never late for a period outside the term', () => {
    const periodRow = (period: string, laCode: string, from: string, to: string) =>
      overviewRows(
        inputs({
          period,
          now: new Date('2027-12-01T00:00:00Z'),
          agreements: [agreement(laCode, { firstYear: from, lastYear: to })],
        }),
      ).find((r) => r.laCode === laCode);
    expect(periodRow('2023-24-Q1', '351', '2024-25', '2026-27')).toMatchObject({
      returnStatus: 'missing',
      dueOn: null,
      late: false,
    });
    expect(periodRow('2027-28-Q1', '351', '2024-25', '2026-27')).toMatchObject({
      dueOn: null,
      late: false,
    });
    // The first and last years of the term are inside it.
    expect(periodRow('2024-25-Q1', '351', '2024-25', '2026-27')).toMatchObject({
      dueOn: '2024-07-30',
      late: true,
    });
    expect(periodRow('2026-27-Q4', '351', '2024-25', '2026-27')).toMatchObject({ late: true });
  });

  it('shows no due date and never late for a period over before the agreement was signed', () => {
    const bury = (period: string) =>
      overviewRows(
        inputs({
          period,
          now: new Date('2021-12-01T00:00:00Z'),
          agreements: [
            agreement('351', { firstYear: '2020-21', lastYear: '2024-25', signedOn: '2021-03-19' }),
          ],
          returns: [],
        }),
      ).find((r) => r.laCode === '351');
    expect(bury('2020-21-Q3')).toMatchObject({ returnStatus: 'missing', dueOn: null, late: false });
    expect(bury('2020-21-Q4')).toMatchObject({ dueOn: '2021-04-30', late: true });
  });

  it.each<[string, Partial<Agreement>, string | null, string]>([
    ['the same terms', {}, '2025-03-01', '2024-25-Q3'],
    ['signed after the period', { signedOn: '2025-01-10' }, null, '2024-25-Q3'],
    ['a term starting later', { firstYear: '2025-26' }, null, '2024-25-Q3'],
    ['a term ended before', { firstYear: '2022-23', lastYear: '2023-24' }, null, '2024-25-Q3'],
    ['no returns owed', { status: 'completed' }, null, '2024-25-Q3'],
    ['fewer days to report', { returnDueDays: 45 }, '2025-02-14', '2024-25-Q3'],
    ['another cadence', { cadence: 'termly' }, '2025-05-30', '2024-25-T3'],
  ])(
    'works out each council its own period and due date, beside one with the usual terms: %s',
    (_, terms, dueOn, period) => {
      const both = overviewRows(
        inputs({
          period: '2024-25-Q3',
          agreements: [
            agreement('351', { returnDueDays: 60 }),
            agreement('865', { returnDueDays: 60, ...terms }),
          ],
        }),
      );
      expect(both.find((r) => r.laCode === '351')).toMatchObject({
        period: '2024-25-Q3',
        dueOn: '2025-03-01',
      });
      expect(both.find((r) => r.laCode === '865')).toMatchObject({ period, dueOn });
    },
  );

  it('counts each council its own alerts and tranches, however the lists are ordered', () => {
    const shuffled = overviewRows(
      inputs({
        openAlerts: [
          { laCode: '865', severity: 'amber', status: 'open' },
          { laCode: '351', severity: 'amber', status: 'open' },
          { laCode: '865', severity: 'red', status: 'open' },
          { laCode: '351', severity: 'red', status: 'open' },
          { laCode: '351', severity: 'red', status: 'open' },
        ],
        tranches: [
          { laCode: '865', trancheId: 'a', status: 'released' },
          { laCode: '351', trancheId: 'b', status: 'released' },
          { laCode: '865', trancheId: 'b', status: 'withheld' },
        ],
      }),
    );
    const byCode = (laCode: string) => shuffled.find((r) => r.laCode === laCode)!;
    expect(byCode('351').openAlerts).toEqual({ amber: 1, red: 2 });
    expect(byCode('865').openAlerts).toEqual({ amber: 1, red: 1 });
    expect(byCode('801').openAlerts).toEqual({ amber: 0, red: 0 });
    expect(byCode('351').dfePaidToDate).toBe(4_000_000);
    expect(byCode('351').nextTranche?.id).toBe('a');
    expect(byCode('865').dfePaidToDate).toBe(6_000_000);
    expect(byCode('865').nextTranche).toMatchObject({ id: 'b', status: 'withheld' });
  });

  it.each([
    ['an open red alert', ['open'], { red: 1, amber: 0 }, 'red'],
    ['an acknowledged red alert', ['acknowledged'], { red: 0, amber: 0 }, 'green'],
    ['one of each', ['open', 'acknowledged'], { red: 1, amber: 0 }, 'red'],
    ['two acknowledged', ['acknowledged', 'acknowledged'], { red: 0, amber: 0 }, 'green'],
  ] as const)('counts only open alerts as open: %s', (_name, statuses, openAlerts, rag) => {
    const counted = overviewRows(
      inputs({
        openAlerts: statuses.map((status) => ({ laCode: '351', severity: 'red', status })),
      }),
    ).find((r) => r.laCode === '351');
    expect(counted).toMatchObject({ openAlerts, rag });
  });

  it("uses the council's own period when its cadence differs", () => {
    expect(row('801')).toMatchObject({ period: '2024-25-T2', returnStatus: 'missing' });
    expect(councilPeriodFor('2024-25-Q2', 'monthly')).toBe('2024-25-M06');
    expect(councilPeriodFor('2024-25-Q4', 'termly')).toBe('2024-25-T3');
  });

  it('sorts worst variance first with rows without a figure last, and filters', () => {
    expect(filterAndSortRows(rows, { sort: 'variance' }).map((r) => r.laCode)).toEqual([
      '351',
      '801',
      '999',
      '865',
    ]);
    expect(filterAndSortRows(rows, { sort: 'name' }).map((r) => r.name)).toEqual([
      'Bristol',
      'Bury',
      'No Agreement',
      'Wiltshire',
    ]);
    expect(filterAndSortRows(rows, { sort: 'late' })[0]?.laCode).toBe('865');
    expect(
      filterAndSortRows(rows, { returnStatus: 'missing' })
        .map((r) => r.laCode)
        .sort(),
    ).toEqual(['801', '999']);
    expect(filterAndSortRows(rows, { severity: 'red' }).map((r) => r.laCode)).toEqual(['351']);
    expect(filterAndSortRows(rows, { programme: 'dbv' })).toEqual([]);
  });
});

describe('variancePct', () => {
  it('is relative to the size of the plan, one decimal place, and absent for a balanced plan', () => {
    expect(variancePct(20_400_000, 9_507_000)).toBe(214.6);
    expect(variancePct(600_000, -60_000)).toBe(1000);
    expect(variancePct(-1_000, 200_000)).toBe(-0.5);
    expect(variancePct(-1_250_000, 4_000_000)).toBe(-31.3);
    expect(variancePct(1_250_000, 4_000_000)).toBe(31.3);
    expect(variancePct(5, 0)).toBeNull();
  });
});

describe('latestDuePeriod', () => {
  it('is the latest quarter whose returns have fallen due, on the due date itself included', () => {
    expect(latestDuePeriod('2024-12-01')).toBe('2024-25-Q2');
    expect(latestDuePeriod('2024-10-29')).toBe('2024-25-Q1');
    expect(latestDuePeriod('2024-10-30')).toBe('2024-25-Q2');
    expect(latestDuePeriod('2025-04-15')).toBe('2024-25-Q3');
  });
});

describe('variance percentages near a zero plan', () => {
  const submitted = (laCode: string, forecast: number) => ({
    laCode,
    period: '2024-25-Q2',
    status: 'submitted' as const,
    submittedAt: '2024-10-20T09:00:00Z',
    content: { finance: { forecastCumulativeDeficit: forecast } },
  });
  const pctFor = (planned: number, abs?: number) =>
    overviewRows(
      inputs({
        agreements: [
          agreement('351', {
            trajectory: [{ financialYear: '2024-25', plannedCumulativeDeficit: planned }],
            ...(abs === undefined
              ? {}
              : {
                  tolerances: {
                    cumulativeDeficitPct: 2,
                    cumulativeDeficitAbs: abs,
                    ehcpGrowthPct: 5,
                  },
                }),
          }),
        ],
        returns: [submitted('351', planned + 3_520_000)],
      }),
    ).find((r) => r.laCode === '351')!;

  it.each([
    ['a £60,000 surplus plan: pounds only', -60_000, undefined, null],
    ['a plan just under the £500,000 tolerance', 499_999, undefined, null],
    ['a plan at the tolerance', 500_000, undefined, 704],
    ['a larger plan', 9_507_000, undefined, 37],
    ['a plan under an agreement’s own smaller tolerance', 100_000, 50_000, 3520],
  ] as const)('%s', (_name, planned, abs, pct) => {
    const row = pctFor(planned, abs);
    expect(row.variance).toBe(3_520_000);
    expect(row.variancePct).toBe(pct);
  });
});

describe('the latest known position', () => {
  it('is the latest submitted return against the plan for its own year', () => {
    const rows = overviewRows(
      inputs({
        latest: [
          {
            laCode: '865',
            period: '2024-25-Q1',
            financialYear: '2024-25',
            submittedAt: '2024-07-20T09:00:00Z',
            forecastCumulativeDeficit: 9_940_000,
          },
        ],
      }),
    );
    expect(rows.find((r) => r.laCode === '865')!.latest).toEqual({
      period: '2024-25-Q1',
      forecastCumulativeDeficit: 9_940_000,
      plannedCumulativeDeficit: -60_000,
      variance: 10_000_000,
    });
    expect(rows.find((r) => r.laCode === '351')!.latest).toBeNull();
  });
});

describe('defaultOverviewPeriod', () => {
  it.each([
    ['nothing submitted: the latest quarter due', [], '2024-25-Q2'],
    ['the latest quarter with a return', ['2024-25-Q1', '2023-24-Q4'], '2024-25-Q1'],
    ['a termly return counts for the quarter its end falls in', ['2024-25-T1'], '2024-25-Q2'],
    ['a quarter not yet due is not chosen', ['2024-25-Q3'], '2024-25-Q2'],
  ] as const)('%s', (_name, periods, expected) => {
    expect(
      defaultOverviewPeriod(
        '2024-12-01',
        periods.map((period) => ({ period })),
      ),
    ).toBe(expected);
  });
});
