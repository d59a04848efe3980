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
