import { parse } from 'csv-parse/sync';
import { PDFParse } from 'pdf-parse';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Logger } from '@aws-lambda-powertools/logger';
import { applyOutcomes } from '../../shared/alerts/apply-outcomes';
import { breach } from '../../shared/domain';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil, buildSubmittedReturn } from '../support/council-builder';
import { completeReturn } from '../support/fixtures';
import { download, formulaCells, openWorkbook, rowsOf } from '../support/workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Texts a person could type that a spreadsheet would run if written as they stand. */
const HOSTILE = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];

let api: TestApi;
let reviewer: string;
let viewer: string;

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T09:00:00Z') });
  reviewer = await api.tokenFor('dfe-reviewer');
  viewer = await api.tokenFor('council-viewer', '351');
  await buildCouncil(api.store, '351', 'Bury');
  await buildCouncil(api.store, '352', '=cmd|" /C calc"!A0');
  await buildSubmittedReturn(
    api.store,
    '351',
    '2024-25-Q2',
    completeReturn({
      workstreams: HOSTILE.map((name) => ({ name, rag: 'amber' as const, note: name })),
      risks: [{ title: '=1+1', rag: 'red', mitigation: '@mention' }],
      narrative: '=IMPORTXML("http://evil")',
    }),
  );
  await applyOutcomes(
    {
      store: api.store,
      logger: new Logger({ logLevel: 'SILENT' }),
      notifier: { publish: () => Promise.resolve() },
      now: () => new Date('2024-11-02T09:00:00Z'),
    },
    '351',
    [
      breach({
        rule: 'trajectory-breach',
        severity: 'red',
        financialYear: '2024-25',
        period: '2024-25-Q2',
        message: '=Forecast £5.600m above plan',
        measured: 9_600_000,
        threshold: 4_000_000,
      }),
    ],
  );
});
afterAll(() => api.close());

describe('the overview workbook', () => {
  it('has headers in words, money as numbers in pounds, periods as people write them, and no formulas', async () => {
    const res = await download(`${api.url}/api/v1/overview.xlsx?period=2024-25-Q2`, reviewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toContain(
      'safety-valve-overview-2024-25-Q2.xlsx',
    );
    const workbook = await openWorkbook(res.bytes);
    const sheet = workbook.getWorksheet('Overview')!;
    const [header, ...rows] = rowsOf(sheet);
    expect(header).toContain('Forecast cumulative deficit (£)');
    expect(header).toContain('Council');
    const col = (name: string) => header!.indexOf(name);
    const bury = rows.find((r) => r[col('LA code')] === '351')!;
    expect(bury[col('Council')]).toBe('Bury');
    expect(bury[col('Period')]).toBe('2024-25 quarter 2');
    expect(bury[col('Return status')]).toBe('Submitted');
    expect(bury[col('Forecast cumulative deficit (£)')]).toBe(9_600_000);
    expect(bury[col('Variance against plan (£)')]).toBe(5_600_000);
    expect(bury[col('Open red alerts')]).toBe(1);
    const due = bury[col('Return due on')];
    expect(due).toBeInstanceOf(Date);
    expect((due as Date).toISOString().slice(0, 10)).toBe('2024-10-30');
    const moneyCell = sheet.getCell(2 + rows.indexOf(bury), 1 + col('Variance against plan (£)'));
    expect(moneyCell.numFmt).toContain('£');
    // A council named like a formula is its name, as text.
    const other = rows.find((r) => r[col('LA code')] === '352')!;
    expect(other[col('Council')]).toBe('=cmd|" /C calc"!A0');
    expect(formulaCells(workbook)).toEqual([]);
  });

  it('writes the overview CSV with a neutralised formula-like name', async () => {
    const res = await download(`${api.url}/api/v1/overview.csv?period=2024-25-Q2`, reviewer);
    const records = parse<Record<string, string>>(Buffer.from(res.bytes).toString('utf8'), {
      columns: true,
    });
    expect(records.find((r) => r['LA code'] === '352')?.Council).toBe(`'=cmd|" /C calc"!A0`);
    expect(records.find((r) => r['LA code'] === '351')?.['Forecast cumulative deficit (£)']).toBe(
      '9600000',
    );
  });

  it('is for DfE only', async () => {
    expect((await download(`${api.url}/api/v1/overview.xlsx`, viewer)).status).toBe(403);
  });
});

describe('the alerts workbook', () => {
  it('lists each alert with its council, in words, with money in pounds and no formulas', async () => {
    const res = await download(`${api.url}/api/v1/alerts.xlsx?status=open`, reviewer);
    expect(res.status).toBe(200);
    const workbook = await openWorkbook(res.bytes);
    const [header, ...rows] = rowsOf(workbook.getWorksheet('Alerts')!);
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(1);
    expect(rows[0]![col('Council')]).toBe('Bury');
    expect(rows[0]![col('Alert')]).toBe('Deficit above trajectory');
    expect(rows[0]![col('Severity')]).toBe('Red');
    expect(rows[0]![col('Measured (£)')]).toBe(9_600_000);
    expect(rows[0]![col('What was found')]).toBe('=Forecast £5.600m above plan');
    expect(formulaCells(workbook)).toEqual([]);
  });

  it('applies the list filters', async () => {
    const res = await download(`${api.url}/api/v1/alerts.xlsx?severity=amber`, reviewer);
    const rows = rowsOf((await openWorkbook(res.bytes)).getWorksheet('Alerts')!);
    expect(rows).toHaveLength(1);
  });
});

describe("a return's workbook", () => {
  it('has one sheet per part, figures against the plan, and user text as text', async () => {
    const res = await download(`${api.url}/api/v1/councils/351/returns/2024-25-Q2.xlsx`, viewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toContain('Bury-return-2024-25-Q2.xlsx');
    const workbook = await openWorkbook(res.bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Return',
      'Finance',
      'Demand',
      'Placements',
      'Conditions',
      'Workstreams',
      'Risks',
      'Narrative',
    ]);
    const about = rowsOf(workbook.getWorksheet('Return')!);
    expect(about).toContainEqual(['Period', '2024-25 quarter 2']);
    expect(about).toContainEqual(['Signed off by', 'Officer']);
    const finance = rowsOf(workbook.getWorksheet('Finance')!);
    expect(finance[0]).toEqual(['Item', 'Forecast (£)', 'Planned in the agreement (£)']);
    expect(finance).toContainEqual([
      'Forecast cumulative DSG deficit at the year end',
      9_600_000,
      4_000_000,
    ]);
    expect(workbook.getWorksheet('Finance')!.getCell('B2').numFmt).toContain('£');
    const demand = rowsOf(workbook.getWorksheet('Demand')!);
    expect(demand).toContainEqual(['New EHCPs issued within 20 weeks', 52.5]);
    const workstreams = rowsOf(workbook.getWorksheet('Workstreams')!);
    // A carriage return is a line break in a cell, as Excel writes it.
    expect(workstreams.slice(1).map((r) => r[0])).toEqual(
      HOSTILE.map((t) => t.replace('\r', '\n')),
    );
    const sheet = workbook.getWorksheet('Workstreams')!;
    for (let row = 2; row <= HOSTILE.length + 1; row++) {
      expect(sheet.getCell(row, 1).type).toBe(ExcelJS.ValueType.String);
    }
    expect(rowsOf(workbook.getWorksheet('Narrative')!)[1]).toEqual(['=IMPORTXML("http://evil")']);
    expect(formulaCells(workbook)).toEqual([]);
  });

  it('is 404 for another council, and for a period without a return', async () => {
    const other = await api.tokenFor('council-viewer', '352');
    expect(
      (await download(`${api.url}/api/v1/councils/351/returns/2024-25-Q2.xlsx`, other)).status,
    ).toBe(404);
    expect(
      (await download(`${api.url}/api/v1/councils/351/returns/2024-25-Q3.xlsx`, viewer)).status,
    ).toBe(404);
    expect(
      (await download(`${api.url}/api/v1/councils/351/returns/2024-25-Q9.xlsx`, viewer)).status,
    ).toBe(404);
  });
});

describe("a return's document", () => {
  it('opens as a PDF and holds the council, period, sign-off, figures against the plan and narrative', async () => {
    const res = await download(`${api.url}/api/v1/councils/351/returns/2024-25-Q2.pdf`, viewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('Bury-return-2024-25-Q2.pdf');
    const parser = new PDFParse({ data: res.bytes });
    const { text } = await parser.getText();
    await parser.destroy();
    for (const expected of [
      'Bury (LA 351)',
      '2024-25 quarter 2',
      'Signed off by Officer, S151',
      '£9,600,000',
      '£4,000,000',
      '£48,000,000',
      'Inclusion fund in place across 40 schools.',
      '=IMPORTXML("http://evil")',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is 404 for another council', async () => {
    const other = await api.tokenFor('council-viewer', '352');
    expect(
      (await download(`${api.url}/api/v1/councils/351/returns/2024-25-Q2.pdf`, other)).status,
    ).toBe(404);
  });
});

describe('the audit CSV', () => {
  it('lists every change, newest first, with headers and actions in words', async () => {
    const res = await download(`${api.url}/api/v1/councils/351/audit.csv`, viewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const records = parse<Record<string, string>>(Buffer.from(res.bytes).toString('utf8'), {
      columns: true,
    });
    expect(Object.keys(records[0]!)).toEqual([
      'When',
      'Who',
      'Role',
      'What happened',
      'Action code',
      'What it changed',
      'Before',
      'After',
    ]);
    expect(records.map((r) => r['What happened'])).toContain('Return submitted');
    expect(records.map((r) => r['What happened'])).toContain('Council set up');
    const times = records.map((r) => r.When!);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('is 404 for another council', async () => {
    const other = await api.tokenFor('council-viewer', '352');
    expect((await download(`${api.url}/api/v1/councils/351/audit.csv`, other)).status).toBe(404);
  });
});
