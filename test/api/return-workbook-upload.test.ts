import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil, buildSubmittedReturn } from '../support/council-builder';
import { completeReturn } from '../support/fixtures';
import { download, formulaCells, openWorkbook, rowsOf } from '../support/workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RETURNS = '/api/v1/councils/351/returns';

let api: TestApi;
let editor: string;

type Detail = { version: number; content: Record<string, unknown> };
type Problem = { status: number; errors: { path: string; message: string; cell?: string }[] };

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T09:00:00Z') });
  editor = await api.tokenFor('council-editor', '351');
  await buildCouncil(api.store, '351', 'Bury');
  await buildSubmittedReturn(api.store, '351', '2024-25-Q1');
});
afterAll(() => api.close());

async function upload(period: string, bytes: Uint8Array | ArrayBuffer, ifMatch?: string) {
  const res = await fetch(`${api.url}${RETURNS}/${period}`, {
    method: 'PUT',
    headers: {
      Authorization: `Bearer ${editor}`,
      'Content-Type': XLSX,
      ...(ifMatch ? { 'If-Match': ifMatch } : {}),
    },
    body: new Uint8Array(bytes),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Detail & Problem };
}

async function template(period: string) {
  const res = await download(`${api.url}${RETURNS}/${period}/template.xlsx`, editor);
  expect(res.status).toBe(200);
  return res.bytes;
}

/** The template, changed by `edit`, as bytes to upload. */
async function edited(period: string, edit: (workbook: ExcelJS.Workbook) => void) {
  const workbook = await openWorkbook(await template(period));
  edit(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("a return's template workbook", () => {
  it('carries forward the latest submitted return: conditions, workstreams and risks, no figures', async () => {
    const workbook = await openWorkbook(await template('2024-25-Q2'));
    expect(formulaCells(workbook)).toEqual([]);
    const finance = rowsOf(workbook.getWorksheet('Finance')!);
    expect(finance[0]).toEqual(['Question', 'Field', 'Answer', 'Guidance']);
    expect(finance.slice(1).every((r) => r[2] === null)).toBe(true);
    const conditions = rowsOf(workbook.getWorksheet('Conditions')!);
    expect(conditions[1]?.slice(0, 4)).toEqual([
      'mainstream-inclusion',
      'Raise the share of EHCPs in mainstream schools',
      'On track',
      'Inclusion fund in place across 40 schools.',
    ]);
    expect(rowsOf(workbook.getWorksheet('Workstreams')!)[1]?.slice(0, 2)).toEqual([
      'Graduated approach',
      'Amber',
    ]);
    expect(rowsOf(workbook.getWorksheet('About')!)).toContainEqual(['Period code', '2024-25-Q2']);
  });

  it('round-trips: a draft exported and uploaded unchanged is the same draft', async () => {
    const draft = completeReturn({
      narrative: 'Line one.\nLine two, with = and "quotes".',
      workstreams: [
        { name: '=SUM(A1)', rag: 'green', note: '+ready' },
        { name: 'Workforce', rag: 'red' },
      ],
      risks: [{ title: 'Tribunal costs', rag: 'amber' }],
    });
    const saved = await api.request<Detail>('PUT', `${RETURNS}/2024-25-Q3`, {
      token: editor,
      body: draft,
    });
    expect(saved.status).toBe(201);
    const res = await upload('2024-25-Q3', await template('2024-25-Q3'), '"1"');
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    const after = await api.request<Detail>('GET', `${RETURNS}/2024-25-Q3`, { token: editor });
    expect(after.body.content).toEqual(saved.body.content);
  });

  it('saves what was filled in, reading statuses and ratings in words', async () => {
    const bytes = await edited('2024-25-Q4', (w) => {
      w.getWorksheet('Finance')!.getCell('C2').value = 48_100_000;
      w.getWorksheet('Conditions')!.getCell('C3').value = 'Not met';
      w.getWorksheet('Risks')!.getCell('A3').value = 'New risk';
      w.getWorksheet('Risks')!.getCell('B3').value = 'green';
    });
    const res = await upload('2024-25-Q4', bytes);
    expect(res.status).toBe(201);
    expect(res.body.content).toMatchObject({
      finance: { highNeedsIncome: 48_100_000 },
      conditions: [
        { conditionId: 'mainstream-inclusion', status: 'on-track' },
        { conditionId: 'inmss-placements', status: 'not-met' },
      ],
      risks: [{ title: 'EHCP requests above forecast' }, { title: 'New risk', rag: 'green' }],
    });
  });
});

describe('a workbook that cannot be read', () => {
  const period = '2025-26-Q1';
  const refused = async (bytes: Uint8Array) => {
    const res = await upload(period, bytes);
    const after = await api.request('GET', `${RETURNS}/${period}`, { token: editor });
    expect(after.status, 'nothing was written').toBe(404);
    return res;
  };

  it.each([
    [
      'text in a money cell',
      (w: ExcelJS.Workbook) => (w.getWorksheet('Finance')!.getCell('C3').value = 'about £47m'),
      { path: 'finance.highNeedsExpenditure', cell: 'Finance!C3' },
    ],
    [
      'a formula in a cell',
      (w: ExcelJS.Workbook) =>
        (w.getWorksheet('Demand')!.getCell('C2').value = { formula: 'SUM(1,2)', result: 3 }),
      { path: 'demand.ehcpsTotal', cell: 'Demand!C2' },
    ],
    [
      'a fraction of a pound',
      (w: ExcelJS.Workbook) => (w.getWorksheet('Finance')!.getCell('C4').value = 10.5),
      { path: 'finance.forecastInYearBalance', cell: 'Finance!C4' },
    ],
    [
      'a sheet missing',
      (w: ExcelJS.Workbook) => w.removeWorksheet(w.getWorksheet('Placements')!.id),
      { path: 'placements', cell: 'Placements!A1' },
    ],
    [
      'another layout',
      (w: ExcelJS.Workbook) => (w.getWorksheet('Risks')!.getCell('B1').value = 'Colour'),
      { path: 'risks', cell: 'Risks!B1' },
    ],
    [
      'an unknown rating',
      (w: ExcelJS.Workbook) => (w.getWorksheet('Workstreams')!.getCell('B2').value = 'Purple'),
      { path: 'workstreams[0].rag', cell: 'Workstreams!B2' },
    ],
    [
      "another council's template",
      (w: ExcelJS.Workbook) => (w.getWorksheet('About')!.getCell('B3').value = '352'),
      { path: '(workbook)', cell: 'About!B3' },
    ],
  ])('%s: 422 naming the sheet and cell, nothing written', async (_what, edit, expected) => {
    const res = await refused(await edited(period, edit));
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual(expect.objectContaining(expected));
  });

  it('is not a workbook: 422', async () => {
    const res = await refused(new TextEncoder().encode('laCode,name\n351,Bury\n'));
    expect(res.status).toBe(422);
    expect(res.body.errors[0]?.path).toBe('(body)');
  });

  it('is over the body limit: 413', async () => {
    const res = await upload(period, new Uint8Array(300 * 1024));
    expect(res.status).toBe(413);
  });

  it('is another media type: 415, and a workbook on another write is 415 too', async () => {
    const res = await fetch(`${api.url}${RETURNS}/${period}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${editor}`, 'Content-Type': 'text/csv' },
      body: 'a,b',
    });
    expect(res.status).toBe(415);
    const submit = await fetch(`${api.url}${RETURNS}/${period}/submit`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${editor}`, 'Content-Type': XLSX },
      body: new Uint8Array(await template(period)),
    });
    expect(submit.status).toBe(415);
  });
});
