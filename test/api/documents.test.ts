import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { download, formulaCells, openWorkbook, rowsOf } from '../support/workbook';

/**
 * The reform plan as a committee document and the scorecard as a spreadsheet, each
 * built through the API as a council and DfE would build them.
 */

const BCP = '839';
let api: TestApi;
let viewer: string;
let other: string;
let reviewer: string;

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: bytes });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

async function ok(res: Promise<{ status: number }>, ...expected: number[]) {
  const { status } = await res;
  expect(expected).toContain(status);
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-04-20T10:00:00Z') });
  const admin = await api.tokenFor('dfe-admin');
  const editor = await api.tokenFor('council-editor', BCP);
  const approver = await api.tokenFor('council-approver', BCP);
  viewer = await api.tokenFor('council-viewer', BCP);
  other = await api.tokenFor('council-viewer', '351');
  reviewer = await api.tokenFor('dfe-reviewer');
  for (const body of [
    { laCode: BCP, name: 'Bournemouth, Christchurch and Poole', region: 'South West' },
    { laCode: '351', name: 'Bury', region: 'North West' },
  ]) {
    await ok(api.request('POST', '/api/v1/councils', { token: admin, body }), 201);
  }

  // The scorecard: two catalogue measures and a local one, three months, comparators.
  await ok(
    api.request('PUT', `/api/v1/councils/${BCP}/scorecard`, {
      token: editor,
      body: {
        measures: [
          { key: 'ehcp-20-week-pct', targets: [{ from: '2024-01', value: 60 }] },
          {
            key: 'short-breaks',
            title: '=Families using short breaks',
            unit: 'count',
            better: 'higher',
            targets: [{ from: '2024-01', value: 1500 }],
          },
        ],
      },
    }),
    201,
  );
  for (const [month, pct, breaks] of [
    ['2024-01', 41.5, 1200],
    ['2024-02', 45.2, 1320],
    ['2024-03', 52.8, 1410],
  ] as const) {
    await ok(
      api.request('PUT', `/api/v1/councils/${BCP}/scorecard/months/${month}`, {
        token: editor,
        body: {
          values: [
            {
              key: 'ehcp-20-week-pct',
              value: pct,
              note: month === '2024-03' ? '+new staff' : undefined,
            },
            { key: 'short-breaks', value: breaks },
          ],
        },
      }),
      201,
    );
  }
  await ok(
    api.request('PUT', '/api/v1/comparators/ehcp-20-week-pct/2024-03', {
      token: admin,
      body: {
        national: 50.3,
        regions: { 'South West': 34.7 },
        statisticalNeighbours: { [BCP]: 36.4 },
        source: 'SEN2 2024',
      },
    }),
    201,
  );

  // The reform plan: DfE's template, the council's sections, sign-off and DfE's review.
  await ok(
    api.request('PUT', '/api/v1/reform-plan-template', {
      token: admin,
      body: {
        sections: [
          { id: 'early', title: 'Identifying needs early' },
          { id: 'inclusion', title: 'Inclusive mainstream schools' },
        ],
      },
    }),
    201,
  );
  await ok(
    api.request('PUT', `/api/v1/councils/${BCP}/reform-plan`, {
      token: editor,
      body: {
        sections: [
          {
            sectionId: 'early',
            text: 'Family hubs in every locality by September.',
            actions: [{ title: 'Open the Poole hub', owner: 'Head of SEND', dueOn: '2024-09-01' }],
            measures: ['ehcp-20-week-pct'],
          },
          { sectionId: 'inclusion', text: '=Inclusion fund for 40 schools.' },
        ],
      },
    }),
    201,
  );
  await ok(
    api.request('POST', `/api/v1/councils/${BCP}/reform-plan/submit`, {
      token: approver,
      body: { signOff: { name: 'Sam Patel', role: 'Director of Children’s Services' } },
      headers: { 'Idempotency-Key': 'documents-plan-submit' },
    }),
    200,
  );
  await ok(
    api.request('POST', `/api/v1/councils/${BCP}/reform-plan/review`, {
      token: reviewer,
      body: {
        decision: 'approve',
        comments: 'A clear plan.',
        ratings: [
          { sectionId: 'early', rating: 'exceeds', comment: 'Strong on hubs.' },
          { sectionId: 'inclusion', rating: 'meets' },
        ],
      },
    }),
    200,
  );
});
afterAll(() => api.close());

describe("the reform plan's document", () => {
  const url = () => `${api.url}/api/v1/councils/${BCP}/reform-plan.pdf`;

  it('opens as a PDF with the council, sign-off, each section with its rating, actions and measures', async () => {
    const res = await download(url(), viewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('reform-plan.pdf');
    const { text, pages } = await pdfText(res.bytes);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (const expected of [
      'Bournemouth, Christchurch and Poole (LA 839)',
      'Local SEND reform plan',
      'Status: Approved by DfE',
      'Signed off by Sam Patel',
      'Approved on 20 April 2024. A clear plan.',
      'Identifying needs early',
      'Family hubs in every locality by September.',
      'Exceeds requirements. Strong on hubs.',
      'Open the Poole hub',
      '1 September 2024',
      'Judged by:',
      'Inclusive mainstream schools',
      '=Inclusion fund for 40 schools.',
      'Meets requirements',
    ]) {
      expect(text).toContain(expected);
    }
    // Sections follow DfE's template.
    expect(text.indexOf('Identifying needs early')).toBeLessThan(
      text.indexOf('Inclusive mainstream schools'),
    );
  });

  it('is for DfE too, 404 for another council and for a council without a plan', async () => {
    expect((await download(url(), reviewer)).status).toBe(200);
    expect((await download(url(), other)).status).toBe(404);
    const bury = await api.tokenFor('council-viewer', '351');
    expect((await download(`${api.url}/api/v1/councils/351/reform-plan.pdf`, bury)).status).toBe(
      404,
    );
  });
});

describe("the scorecard's workbook", () => {
  const url = (query = '') => `${api.url}/api/v1/councils/${BCP}/scorecard.xlsx${query}`;

  it('has the measures by month in words, figures as numbers in their units, and no formulas', async () => {
    const res = await download(url(), viewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toContain('scorecard.xlsx');
    const workbook = await openWorkbook(res.bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Scorecard', 'Figures', 'Targets']);

    const grid = workbook.getWorksheet('Scorecard')!;
    const [header, ...rows] = rowsOf(grid);
    expect(header).toEqual([
      'Measure',
      'Unit',
      'Better when',
      'Local measure',
      'January 2024',
      'February 2024',
      'March 2024',
      'Target for the latest month',
      'Trend',
    ]);
    expect(rows).toHaveLength(2);
    const view = await api.request<{ measures: { title: string; trend: string }[] }>(
      'GET',
      `/api/v1/councils/${BCP}/scorecard`,
      { token: viewer },
    );
    const twentyWeeks = view.body.measures[0]!;
    expect(rows[0]!.slice(0, 4)).toEqual([twentyWeeks.title, 'Percentage', 'Higher', 'No']);
    expect(rows[0]!.slice(4, 8)).toEqual([41.5, 45.2, 52.8, 60]);
    // The trend in words, as the scorecard screen shows it.
    expect(rows[0]![8]).toBe(
      { improving: 'Improving', worsening: 'Worsening', steady: 'Steady' }[twentyWeeks.trend] ??
        'Not enough figures',
    );
    expect(grid.getCell('G2').numFmt).toContain('%');
    // A local measure's title that starts like a formula stays its title.
    expect(rows[1]!.slice(0, 4)).toEqual([
      '=Families using short breaks',
      'Number',
      'Higher',
      'Yes',
    ]);
    expect(rows[1]!.slice(4, 8)).toEqual([1200, 1320, 1410, 1500]);
    expect(grid.getCell('E3').numFmt).toBe('#,##0');

    const [figureHeader, ...figures] = rowsOf(workbook.getWorksheet('Figures')!);
    expect(figureHeader).toEqual([
      'Measure',
      'Month',
      'Figure',
      'Target',
      'National',
      'Region',
      'Statistical neighbours',
      'Note',
    ]);
    const march = figures.find((r) => r[1] === 'March 2024' && r[0] === rows[0]![0])!;
    expect(march.slice(2)).toEqual([52.8, 60, 50.3, 34.7, 36.4, '+new staff']);

    const [targetHeader, ...targets] = rowsOf(workbook.getWorksheet('Targets')!);
    expect(targetHeader).toEqual(['Measure', 'From', 'Target']);
    expect(targets.map((t) => t.slice(1))).toEqual([
      ['January 2024', 60],
      ['January 2024', 1500],
    ]);
    expect(formulaCells(workbook)).toEqual([]);
  });

  it('keeps to a range of months, and refuses a range backwards (400)', async () => {
    const workbook = await openWorkbook(
      (await download(url('?from=2024-02&to=2024-02'), viewer)).bytes,
    );
    const [header] = rowsOf(workbook.getWorksheet('Scorecard')!);
    expect(header).toContain('February 2024');
    expect(header).not.toContain('January 2024');
    expect(header).not.toContain('March 2024');
    expect((await download(url('?from=2024-03&to=2024-01'), viewer)).status).toBe(400);
  });

  it('is 404 for another council and for a council without a scorecard', async () => {
    expect((await download(url(), other)).status).toBe(404);
    expect((await download(`${api.url}/api/v1/councils/351/scorecard.xlsx`, other)).status).toBe(
      404,
    );
  });
});
