import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TRAJECTORY_LINES } from './agreement-form';
import {
  readTrajectoryWorkbook,
  trajectoryTemplate,
  TRAJECTORY_SHEET,
} from './trajectory-workbook';

const YEARS = ['2020-21', '2021-22', '2022-23'];
/** Bury's first lines, as the form holds them (rows: TRAJECTORY_LINES; columns: YEARS). */
const GRID = [
  ['', '£27,407,000', '£31,000,000'],
  ['', '£21,407,000', '£18,000,000'],
  ['', '£1,000,000', ''],
  ['', '£250,000', '£250,000'],
  ['£20,067,000', '£18,000,000', '-£500,000'],
  ['', '£2,067,000', '£18,500,000'],
  ['2,100', '2200', ''],
];

async function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return blob.arrayBuffer();
}

/** The template of GRID, changed by `edit` before it is read back. */
async function edited(edit: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await bytesOf(await template()));
  edit(book.getWorksheet(TRAJECTORY_SHEET)!, book);
  return await book.xlsx.writeBuffer();
}

const template = () =>
  trajectoryTemplate({ councilName: 'Bury', years: YEARS, grid: GRID, unit: 'pounds' });

describe('the trajectory template', () => {
  it('has the years as columns and the lines as rows, in words, money as pounds', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await bytesOf(await template()));
    const sheet = book.getWorksheet(TRAJECTORY_SHEET)!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Line', ...YEARS]);
    expect(TRAJECTORY_LINES.map((_, r) => sheet.getCell(r + 2, 1).value)).toEqual(
      TRAJECTORY_LINES.map((l) => l.label),
    );
    const agreed = sheet.getCell(6, 2);
    expect(agreed.value).toBe(20_067_000);
    expect(agreed.numFmt).toBe('"£"#,##0;-"£"#,##0');
    expect(sheet.getCell(6, 4).value).toBe(-500_000);
    expect(sheet.getCell(8, 2).value).toBe(2100);
    expect(sheet.getCell(8, 2).numFmt).toBe('#,##0');
    expect(sheet.getCell(2, 2).value).toBeNull();
  });

  it('reads back unchanged into the same table', async () => {
    const read = await readTrajectoryWorkbook(await bytesOf(await template()), YEARS);
    expect(read).toEqual({
      ok: true,
      grid: GRID.map((row, r) =>
        // EHCPs come back as plain counts, money as the form writes pounds.
        r === 6 ? ['2100', '2200', ''] : row,
      ),
    });
  });

  it('turns a table in £ millions into pounds', async () => {
    const blob = await trajectoryTemplate({
      councilName: 'Bury',
      years: YEARS,
      grid: [[], [], [], [], ['20.067', '18', '-0.5']],
      unit: 'millions',
    });
    const read = await readTrajectoryWorkbook(await bytesOf(blob), YEARS);
    expect(read.ok && read.grid[4]).toEqual(['£20,067,000', '£18,000,000', '-£500,000']);
  });
});

describe('an uploaded trajectory workbook with a problem', () => {
  it.each<[string, (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void, string, RegExp]>([
    [
      'a formula',
      (s) => (s.getCell('C6').value = { formula: 'C5*2', result: 1 }),
      'Trajectory!C6',
      /Cumulative deficit agreed, 2021-22, holds a formula/,
    ],
    [
      'text in a money cell',
      (s) => (s.getCell('D3').value = 'about 18m'),
      'Trajectory!D3',
      /holds text \("about 18m"\): enter a number in pounds/,
    ],
    ['pence', (s) => (s.getCell('B6').value = 20_067_000.5), 'Trajectory!B6', /whole pounds/],
    ['negative EHCPs', (s) => (s.getCell('C8').value = -3), 'Trajectory!C8', /negative/],
    [
      'another term',
      (s) => (s.getCell('B1').value = '2019-20'),
      'Trajectory!B1',
      /should say "2020-21"/,
    ],
    [
      'a year beyond the term',
      (s) => (s.getCell('E1').value = '2023-24'),
      'Trajectory!E1',
      /outside the agreement’s term/,
    ],
    [
      'a line renamed',
      (s) => (s.getCell('A4').value = 'Contribution'),
      'Trajectory!A4',
      /should say "Council contribution in the year"/,
    ],
    [
      'the sheet missing',
      (s, book) => book.removeWorksheet(s.id),
      'Trajectory!A1',
      /no sheet named "Trajectory"/,
    ],
  ])('%s: names the sheet and cell, and fills nothing', async (_, edit, cell, message) => {
    const read = await readTrajectoryWorkbook(await edited(edit), YEARS);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([{ cell, message: expect.stringMatching(message) as string }]);
  });

  it('reports every problem at once', async () => {
    const read = await readTrajectoryWorkbook(
      await edited((s) => {
        s.getCell('C6').value = { formula: 'C5*2', result: 1 };
        s.getCell('D3').value = 'n/a';
      }),
      YEARS,
    );
    expect(read.ok ? [] : read.problems.map((p) => p.cell)).toEqual([
      'Trajectory!D3',
      'Trajectory!C6',
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    const read = await readTrajectoryWorkbook(
      new TextEncoder().encode('Line,2020-21\n').buffer,
      YEARS,
    );
    expect(read).toEqual({
      ok: false,
      problems: [{ cell: '(file)', message: 'The file is not an Excel workbook (.xlsx)' }],
    });
  });
});
