import { Logger } from '@aws-lambda-powertools/logger';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOutcomes } from '../../shared/alerts/apply-outcomes';
import { evaluateTrajectoryBreach } from '../../shared/domain';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil, buildSubmittedReturn } from '../support/council-builder';
import { agreementBody, completeReturn } from '../support/fixtures';

let api: TestApi;
let reviewer: string;

type Row = {
  laCode: string;
  name: string;
  returnStatus: string;
  variance: number | null;
  variancePct: number | null;
  forecastCumulativeDeficit: number | null;
  plannedCumulativeDeficit: number | null;
  openAlerts: { amber: number; red: number };
  rag: string;
  dfePaidToDate: number;
  nextTranche: { id: string } | null;
  late: boolean;
};
type Overview = { period: string; items: Row[] };

const planned2024 = 4_000_000;
const code = (i: number) => String(100 + i);

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T09:00:00Z') });
  reviewer = await api.tokenFor('dfe-reviewer');
  // 24 councils; every third has no return; forecasts step up by £250,000 from plan.
  for (let i = 0; i < 24; i++) {
    await buildCouncil(
      api.store,
      code(i),
      i === 5 ? 'Bath, "North" and\nEast' : `Council ${String(i).padStart(2, '0')}`,
    );
    if (i % 3 !== 0) {
      const forecast = planned2024 + (i - 12) * 250_000;
      await buildSubmittedReturn(
        api.store,
        code(i),
        '2024-25-Q2',
        completeReturn({
          finance: { ...completeReturn().finance!, forecastCumulativeDeficit: forecast },
        }),
      );
    }
  }
});
afterAll(() => api.close());

const FORMULA_NAMES = ['=HYPERLINK("http://evil","Open")', '+cmd|x', '-2+3', '@SUM(1)'];

describe('the DfE overview', () => {
  it('has one row per council with variance in whole pounds, and missing rows for councils without a return', async () => {
    const res = await api.request<Overview>('GET', '/api/v1/overview?period=2024-25-Q2', {
      token: reviewer,
    });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(24);
    const r7 = res.body.items.find((r) => r.laCode === code(7))!;
    expect(r7).toMatchObject({
      returnStatus: 'submitted',
      forecastCumulativeDeficit: 4_000_000 - 1_250_000,
      plannedCumulativeDeficit: planned2024,
      variance: -1_250_000,
      variancePct: -31.3,
      dfePaidToDate: 0,
      nextTranche: { id: 'initial' },
    });
    const missing = res.body.items.filter((r) => r.returnStatus === 'missing');
    expect(missing.map((r) => r.laCode)).toEqual([0, 3, 6, 9, 12, 15, 18, 21].map(code));
    expect(missing.every((r) => r.variance === null && r.late)).toBe(true);
  });

  it('sorts by variance, worst first, and filters by return status', async () => {
    const res = await api.request<Overview>(
      'GET',
      '/api/v1/overview?period=2024-25-Q2&sort=variance',
      { token: reviewer },
    );
    const variances = res.body.items.map((r) => r.variance);
    expect(variances.slice(0, 16)).toEqual(
      [...variances.slice(0, 16)].sort((a, b) => (b ?? 0) - (a ?? 0)),
    );
    expect(variances.slice(16).every((v) => v === null)).toBe(true);
    expect(res.body.items[0]?.laCode).toBe(code(23));
    const onlyMissing = await api.request<Overview>(
      'GET',
      '/api/v1/overview?period=2024-25-Q2&returnStatus=missing',
      { token: reviewer },
    );
    expect(onlyMissing.body.items).toHaveLength(8);
    const bad = await api.request('GET', '/api/v1/overview?period=2024-25-Q9', { token: reviewer });
    expect(bad.status).toBe(400);
    const badSort = await api.request('GET', '/api/v1/overview?sort=colour', { token: reviewer });
    expect(badSort.status).toBe(400);
  });

  it('exports the same rows as CSV, with quoting, a header row and a file name with the period', async () => {
    const json = await api.request<Overview>(
      'GET',
      '/api/v1/overview?period=2024-25-Q2&sort=variance',
      { token: reviewer },
    );
    const res = await fetch(`${api.url}/api/v1/overview.csv?period=2024-25-Q2&sort=variance`, {
      headers: { Authorization: `Bearer ${reviewer}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="safety-valve-overview-2024-25-Q2.csv"',
    );
    const records = parse<Record<string, string>>(await res.text(), { columns: true });
    expect(records).toHaveLength(json.body.items.length);
    records.forEach((record, i) => {
      const row = json.body.items[i]!;
      // Headers and codes in words; money stays whole pounds so a spreadsheet reads a number.
      expect(record['LA code']).toBe(row.laCode);
      expect(record.Council).toBe(row.name);
      expect(record['Variance against plan (£)']).toBe(
        row.variance === null ? '' : String(row.variance),
      );
      expect(record['Return status']).toBe(
        row.returnStatus === 'missing' ? 'Not started' : 'Submitted',
      );
      expect(record.Late).toBe(row.late ? 'Yes' : 'No');
      expect(record['Open red alerts']).toBe(String(row.openAlerts.red));
    });
    expect(records.some((r) => r.Council === 'Bath, "North" and\nEast')).toBe(true);
    expect(records[0]?.Period).toBe('2024-25 quarter 2');
  });

  it('compares a measure across councils, and by statistical neighbours', async () => {
    const res = await api.request<{
      unit: string;
      series: { laCode: string; points: { period: string; value: number; planned?: number }[] }[];
    }>(
      'GET',
      `/api/v1/compare?measure=finance.forecastCumulativeDeficit&laCodes=${code(1)},${code(2)},${code(3)}&from=2024-25-Q1&to=2024-25-Q4`,
      { token: reviewer },
    );
    expect(res.status).toBe(200);
    expect(res.body.unit).toBe('pounds');
    expect(res.body.series.map((s) => [s.laCode, s.points.length])).toEqual([
      [code(1), 1],
      [code(2), 1],
      [code(3), 0],
    ]);
    expect(res.body.series[0]?.points[0]).toEqual({
      period: '2024-25-Q2',
      periodEnd: '2024-09-30',
      value: planned2024 - 11 * 250_000,
      planned: planned2024,
    });
    const share = await api.request<{ series: { points: { value: number }[] }[] }>(
      'GET',
      `/api/v1/compare?measure=placements.mainstreamPct&laCodes=${code(1)}`,
      { token: reviewer },
    );
    // 900 of the fixture's 2,380 placements are in mainstream schools.
    expect(share.body.series[0]?.points[0]?.value).toBe(37.8);
    expect(
      (
        await api.request('GET', '/api/v1/compare?measure=finance.colour&laCodes=100', {
          token: reviewer,
        })
      ).status,
    ).toBe(400);
    expect(
      (await api.request('GET', '/api/v1/compare?measure=demand.ehcpsTotal', { token: reviewer }))
        .status,
    ).toBe(400);
  });

  it('refuses council users (403) on every cross-council route', async () => {
    const council = await api.tokenFor('council-approver', code(1));
    for (const path of [
      '/api/v1/overview',
      '/api/v1/overview.csv',
      '/api/v1/overview.xlsx',
      '/api/v1/alerts.xlsx',
      `/api/v1/compare?measure=demand.ehcpsTotal&laCodes=${code(1)}`,
      '/api/v1/alerts',
    ]) {
      expect((await api.request('GET', path, { token: council })).status, path).toBe(403);
    }
  });
});

describe('the overview as CSV', () => {
  it('writes names and regions that start like a formula as text, and numbers as numbers', async () => {
    const admin = await api.tokenFor('dfe-admin');
    for (const [i, name] of FORMULA_NAMES.entries()) {
      const res = await api.request('POST', '/api/v1/councils', {
        token: admin,
        body: { laCode: String(900 + i), name, region: `=cmd${i}` },
      });
      expect(res.status).toBe(201);
    }
    const res = await fetch(`${api.url}/api/v1/overview.csv?period=2024-25-Q2`, {
      headers: { Authorization: `Bearer ${reviewer}` },
    });
    const records = parse<Record<string, string>>(await res.text(), { columns: true });
    for (const [i, name] of FORMULA_NAMES.entries()) {
      const record = records.find((r) => r['LA code'] === String(900 + i));
      expect(record).toMatchObject({ Council: `'${name}`, Region: `'=cmd${i}` });
    }
    // Every cell that could start a formula is neutralised; a negative variance is a number.
    const cells = records.flatMap((r) => Object.values(r));
    expect(cells.filter((v) => /^[=+@\t\r]/.test(v))).toEqual([]);
    expect(records.some((r) => /^-\d+$/.test(r['Variance against plan (£)'] ?? ''))).toBe(true);
  });
  it('counts only open alerts: one acknowledged is no longer open, nor makes the council red', async () => {
    const now = new Date('2024-12-01T09:00:00Z');
    const deps = {
      store: api.store,
      logger: new Logger({ logLevel: 'SILENT' }),
      notifier: { publish: () => Promise.resolve() },
      now: () => now,
    };
    // A red trajectory breach for two councils (over twice the £500,000 tolerance).
    const breach = evaluateTrajectoryBreach(
      {
        period: '2024-25-Q2',
        content: completeReturn({
          finance: { ...completeReturn().finance!, forecastCumulativeDeficit: 5_600_000 },
        }),
      },
      agreementBody(),
    );
    const [seen, unseen] = [code(1), code(2)];
    for (const laCode of [seen, unseen]) await applyOutcomes(deps, laCode, [breach]);
    const row = async (laCode: string) => {
      const res = await api.request<Overview>('GET', '/api/v1/overview?period=2024-25-Q2', {
        token: reviewer,
      });
      return res.body.items.find((r) => r.laCode === laCode)!;
    };
    expect(await row(seen)).toMatchObject({ openAlerts: { red: 1, amber: 0 }, rag: 'red' });

    const editor = await api.tokenFor('council-editor', seen);
    const alerts = await api.request<{ items: { id: string }[] }>(
      'GET',
      `/api/v1/councils/${seen}/alerts?status=open`,
      { token: editor },
    );
    const acknowledged = await api.request(
      'POST',
      `/api/v1/councils/${seen}/alerts/${alerts.body.items[0]!.id}/acknowledge`,
      { token: editor, body: { note: 'Recovery plan agreed with the Schools Forum' } },
    );
    expect(acknowledged.status).toBe(200);

    expect(await row(seen)).toMatchObject({ openAlerts: { red: 0, amber: 0 }, rag: 'green' });
    expect(await row(unseen)).toMatchObject({ openAlerts: { red: 1, amber: 0 }, rag: 'red' });
    const red = await api.request<Overview>(
      'GET',
      '/api/v1/overview?period=2024-25-Q2&severity=red',
      { token: reviewer },
    );
    expect(red.body.items.map((r) => r.laCode)).toEqual([unseen]);
  });
});
