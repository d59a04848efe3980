import ExcelJS from 'exceljs';
import { formatPounds, parseMoney } from '../../../shared/domain';
import { TRAJECTORY_LINES } from './agreement-form';
import type { Grid } from './paste-grid';

/**
 * The trajectory as a workbook, both ways: a template of the agreement's years (columns)
 * and lines (rows), in words, money in pounds, and the same layout read back into the
 * trajectory table. Loaded only when an administrator downloads or uploads one, so the
 * spreadsheet library stays out of the web app's first load.
 */

export const TRAJECTORY_SHEET = 'Trajectory';
const LINE_HEADER = 'Line';
/** Whole pounds with thousands separators; a negative (surplus) keeps its sign. */
const POUNDS_FORMAT = '"£"#,##0;-"£"#,##0';
const COUNT_FORMAT = '#,##0';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A problem with one cell of an uploaded workbook: `Trajectory!C4`. */
export interface CellProblem {
  cell: string;
  message: string;
}

export type TrajectoryRead = { ok: true; grid: Grid } | { ok: false; problems: CellProblem[] };

/** A table cell's value as a number, in pounds (read as the form reads it). */
function numberOf(text: string, money: boolean, millions: boolean): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (!money) return /^\d+$/.test(t.replace(/,/g, '')) ? Number(t.replace(/,/g, '')) : undefined;
  const read = parseMoney(millions && !/[kmn£]/i.test(t) ? `${t}m` : t);
  return read.ok ? read.value : undefined;
}

/**
 * The template, filled with what the table holds now (cells it cannot read as numbers
 * are left empty). Years are the columns, as in a DSG management plan.
 */
export async function trajectoryTemplate(input: {
  councilName: string;
  years: readonly string[];
  grid: Grid;
  unit: 'pounds' | 'millions';
}): Promise<Blob> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Safety Valve monitoring';
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(TRAJECTORY_SHEET);
  sheet.getCell(1, 1).value = LINE_HEADER;
  input.years.forEach((year, c) => {
    sheet.getCell(1, c + 2).value = year;
    sheet.getColumn(c + 2).width = 16;
  });
  sheet.getColumn(1).width = 60;
  sheet.getRow(1).font = { bold: true };
  TRAJECTORY_LINES.forEach((line, r) => {
    const row = r + 2;
    sheet.getCell(row, 1).value = line.label;
    input.years.forEach((_, c) => {
      const cell = sheet.getCell(row, c + 2);
      cell.numFmt = line.money ? POUNDS_FORMAT : COUNT_FORMAT;
      const value = numberOf(input.grid[r]?.[c] ?? '', line.money, input.unit === 'millions');
      if (value !== undefined) cell.value = value;
    });
  });
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  const notes = workbook.addWorksheet('About');
  notes.getColumn(1).width = 100;
  [
    `The trajectory of ${input.councilName}'s Safety Valve agreement.`,
    'Enter whole pounds in the Trajectory sheet (a deficit is positive), and EHCPs as a count.',
    'Leave a cell empty if the plan does not give it. Enter values, not formulas.',
    'Keep the sheet, its years and its lines as they are, then upload it on the agreement page.',
  ].forEach((text, i) => (notes.getCell(i + 1, 1).value = text));
  const bytes = await workbook.xlsx.writeBuffer();
  return new Blob([bytes], { type: XLSX_TYPE });
}

type Read =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'refused'; message: string };

/** What a cell holds: formulas and errors are refused, never evaluated. */
function readCell(cell: ExcelJS.Cell): Read {
  const value = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula || cell.formula)
    return { kind: 'refused', message: 'holds a formula: enter the value itself' };
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string')
    return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: value.trim() };
  if (typeof value === 'object' && 'richText' in value) {
    const text = value.richText
      .map((part) => part.text)
      .join('')
      .trim();
    return text === '' ? { kind: 'empty' } : { kind: 'text', value: text };
  }
  if (value instanceof Date) return { kind: 'refused', message: 'holds a date, not a number' };
  if (typeof value === 'object' && 'error' in value)
    return { kind: 'refused', message: `holds the error ${String(value.error)}` };
  return { kind: 'refused', message: 'holds something other than a number' };
}

/**
 * Reads an uploaded trajectory workbook into the table's cells (in pounds), for the
 * agreement's years. Every problem names the sheet and cell; with any problem, no
 * table is returned, so the form keeps what it had. Nothing is saved here either way:
 * the administrator checks the table and saves the agreement as usual.
 */
export async function readTrajectoryWorkbook(
  bytes: ArrayBuffer,
  years: readonly string[],
): Promise<TrajectoryRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    return {
      ok: false,
      problems: [{ cell: '(file)', message: 'The file is not an Excel workbook (.xlsx)' }],
    };
  }
  const sheet = workbook.getWorksheet(TRAJECTORY_SHEET);
  if (!sheet) {
    return {
      ok: false,
      problems: [
        {
          cell: `${TRAJECTORY_SHEET}!A1`,
          message: `The workbook has no sheet named "${TRAJECTORY_SHEET}": download the template and fill it in`,
        },
      ],
    };
  }
  const problems: CellProblem[] = [];
  const at = (row: number, column: number) =>
    `${TRAJECTORY_SHEET}!${sheet.getCell(row, column).address}`;
  const expectText = (row: number, column: number, wanted: string, what: string) => {
    const read = readCell(sheet.getCell(row, column));
    const found =
      read.kind === 'text' ? read.value : read.kind === 'number' ? String(read.value) : '';
    if (found !== wanted) {
      problems.push({
        cell: at(row, column),
        message: `should say "${wanted}" (${what}), as in the template`,
      });
    }
  };
  expectText(1, 1, LINE_HEADER, 'the heading of the lines');
  years.forEach((year, c) => expectText(1, c + 2, year, 'a year of the agreement’s term'));
  const extraYear = readCell(sheet.getCell(1, years.length + 2));
  if (extraYear.kind !== 'empty') {
    problems.push({
      cell: at(1, years.length + 2),
      message: `is a year outside the agreement’s term (${years[0]} to ${years.at(-1)}): change the term first`,
    });
  }
  TRAJECTORY_LINES.forEach((line, r) =>
    expectText(r + 2, 1, line.label, 'a line of the trajectory'),
  );
  if (problems.length > 0) return { ok: false, problems };

  const grid: Grid = TRAJECTORY_LINES.map((line, r) =>
    years.map((year, c) => {
      const read = readCell(sheet.getCell(r + 2, c + 2));
      const where = at(r + 2, c + 2);
      const what = `${line.label}, ${year},`;
      if (read.kind === 'empty') return '';
      if (read.kind === 'refused') {
        problems.push({ cell: where, message: `${what} ${read.message}` });
        return '';
      }
      if (read.kind === 'text') {
        problems.push({
          cell: where,
          message: `${what} holds text ("${read.value.slice(0, 40)}"): enter a number${line.money ? ' in pounds' : ''}`,
        });
        return '';
      }
      if (!Number.isSafeInteger(read.value)) {
        problems.push({
          cell: where,
          message: `${what} must be ${line.money ? 'whole pounds, without pence' : 'a whole number'}`,
        });
        return '';
      }
      if (!line.money && read.value < 0) {
        problems.push({ cell: where, message: `${what} cannot be negative` });
        return '';
      }
      return line.money ? formatPounds(read.value) : String(read.value);
    }),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, grid };
}
