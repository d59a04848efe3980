import { Logger } from '@aws-lambda-powertools/logger';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledChecks } from '../../functions/schedule/run-scheduled-checks';
import { startTestApi, type ApiResponse, type TestApi } from '../support/api';
import { buildCouncil } from '../support/council-builder';

type AlertPage = { items: { laCode: string; rule: string }[]; nextCursor: string | null };

let api: TestApi;
let reviewer: string;
const now = new Date('2024-01-15T09:00:00Z');

beforeAll(async () => {
  api = await startTestApi({ now: () => now });
  reviewer = await api.tokenFor('dfe-reviewer');
  // Two councils with nothing submitted: the scheduled check raises overdue returns for each.
  await buildCouncil(api.store, '731', 'First');
  await buildCouncil(api.store, '732', 'Second');
  await runScheduledChecks({
    store: api.store,
    logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
    now: () => now,
    notifier: { publish: () => Promise.resolve() },
  });
});
afterAll(() => api.close());

describe("DfE's alerts narrowed to one council", () => {
  it("lists only that council's alerts, across every page", async () => {
    const all = await api.request<AlertPage>('GET', '/api/v1/alerts?limit=200', {
      token: reviewer,
    });
    expect(new Set(all.body.items.map((a) => a.laCode))).toEqual(new Set(['731', '732']));

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({
        laCode: '732',
        limit: '1',
        ...(cursor ? { cursor } : {}),
      });
      const page: ApiResponse<AlertPage> = await api.request<AlertPage>(
        'GET',
        `/api/v1/alerts?${query}`,
        {
          token: reviewer,
        },
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((a) => a.laCode));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(all.body.items.filter((a) => a.laCode === '732').length);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(['732']));
  });

  it('refuses a malformed council code with 400, and finds none for an unknown council', async () => {
    const bad = await api.request('GET', '/api/v1/alerts?laCode=35', { token: reviewer });
    expect(bad.status).toBe(400);
    const none = await api.request<AlertPage>('GET', '/api/v1/alerts?laCode=999', {
      token: reviewer,
    });
    expect(none.body.items).toEqual([]);
  });

  it('keeps a cursor to the council it was read for', async () => {
    const page = await api.request<AlertPage>('GET', '/api/v1/alerts?laCode=731&limit=1', {
      token: reviewer,
    });
    expect(page.body.nextCursor).not.toBeNull();
    const elsewhere = await api.request(
      'GET',
      `/api/v1/alerts?laCode=732&cursor=${page.body.nextCursor}`,
      { token: reviewer },
    );
    expect(elsewhere.status).toBe(400);
  });

  it('gives the same council filter to the spreadsheet', async () => {
    const res = await fetch(`${api.url}/api/v1/alerts.xlsx?laCode=731`, {
      headers: { Authorization: `Bearer ${reviewer}` },
    });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('Alerts');
    const councilColumn = (sheet?.getRow(1).values as unknown[]).indexOf('Council');
    expect(councilColumn).toBeGreaterThan(0);
    const councils = new Set<unknown>();
    sheet?.eachRow((row, n) => {
      if (n > 1) councils.add(row.getCell(councilColumn).value);
    });
    expect(councils).toEqual(new Set(['First']));
  });
});
