import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../infra/local/seed/seed-demo';
import { BURY_PUBLISHED_PROFILE as PUBLISHED } from '../../shared/domain/testing/bury';
import { startTestApi, type TestApi } from '../support/api';

type Row = Record<string, number | boolean | string | undefined>;

let api: TestApi;
let rows: Row[];

beforeAll(async () => {
  api = await startTestApi();
  await seedDemo(api.store, new Logger({ serviceName: 'test', logLevel: 'SILENT' }));
  const res = await api.request<{ items: Row[] }>(
    'GET',
    '/api/v1/councils/351/agreement/recovery-profile',
    { token: await api.tokenFor('council-viewer', '351') },
  );
  expect(res.status).toBe(200);
  rows = res.body.items;
});
afterAll(() => api.close());

describe("the demo's Bury recovery profile", () => {
  /** Each published row, and the profile's field that carries it. */
  const ROWS: [string, keyof typeof PUBLISHED, string][] = [
    ['Pre PSV', 'prePsv', 'mitigatedCumulativeDeficit'],
    ['Post PSV', 'postPsv', 'afterEarlierContributions'],
    ['DfE Safety Valve contribution', 'dfeContribution', 'dfeContribution'],
    ['PSV programme capacity', 'programmeCapacity', 'programmeCost'],
    ['Cumulative', 'cumulative', 'plannedCumulativeDeficit'],
  ];

  it.each(ROWS)('equals the published %s row cell by cell', (_, published, field) => {
    PUBLISHED.years.forEach((financialYear, i) => {
      const row = rows.find((r) => r.financialYear === financialYear);
      expect({ financialYear, value: row?.[field] }).toEqual({
        financialYear,
        value: PUBLISHED[published][i],
      });
    });
  });

  it('reconciles every year, the illustrative extension years included', () => {
    expect(rows.map((r) => r.financialYear)).toEqual([
      ...PUBLISHED.years,
      '2025-26',
      '2026-27',
      '2027-28',
      '2028-29',
    ]);
    expect(rows.map((r) => [r.financialYear, r.reconciles, r.difference])).toEqual(
      rows.map((r) => [r.financialYear, true, 0]),
    );
    expect(rows.map((r) => r.councilContribution)).toEqual([
      0, 0, 0, 0, 0, 0, 2_000_000, 2_000_000, 2_000_000, 0,
    ]);
  });
});

describe("the demo's baseline and mitigations", () => {
  it('gives Bristol its January 2022 baseline, the source named', async () => {
    const res = await api.request<{ baseline?: Record<string, unknown> }>(
      'GET',
      '/api/v1/councils/801/agreement',
      { token: await api.tokenFor('dfe-reviewer') },
    );
    expect(res.body.baseline).toMatchObject({
      ehcpsTotal: 3416,
      placements: { mainstream: 1007, laMaintainedSpecial: 1086, independentSpecial: 92 },
      expenditure: { laMaintainedSpecial: 33_800_000, independentSpecial: 11_900_000 },
    });
    expect(res.body.baseline?.source).toMatch(/Delivering Better Value.*January 2022/);
  });

  it.each([
    ['351', 4],
    ['801', 4],
  ])('lists %s’s mitigations, labelled illustrative, with submitted savings', async (laCode, n) => {
    const res = await api.request<{
      items: { title: string; years: { forecastSavings?: number }[] }[];
      totals: { plannedSavings: number; forecastSavings?: number }[];
    }>('GET', `/api/v1/councils/${laCode}/mitigations`, {
      token: await api.tokenFor('dfe-reviewer'),
    });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(n);
    for (const item of res.body.items) expect(item.title).toMatch(/\(illustrative savings\)$/);
    expect(res.body.totals.some((t) => t.forecastSavings !== undefined)).toBe(true);
  });
});
