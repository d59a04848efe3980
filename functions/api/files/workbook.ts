import type ExcelJS from 'exceljs';
import { kindOf, type CellValue, type Column, type ColumnKind } from './columns';

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

/** Whole pounds, shown as pounds with thousands separators; a deficit's sign stays visible. */
export const POUNDS_FORMAT = '"£"#,##0;-"£"#,##0';
export const COUNT_FORMAT = '#,##0';
export const PERCENT_FORMAT = '0.0"%"';
export const DATE_FORMAT = 'd mmmm yyyy';
export const TIMESTAMP_FORMAT = 'd mmmm yyyy hh:mm';

const FORMATS: Partial<Record<ColumnKind, string>> = {
  money: POUNDS_FORMAT,
  count: COUNT_FORMAT,
  percent: PERCENT_FORMAT,
  date: DATE_FORMAT,
  timestamp: TIMESTAMP_FORMAT,
};

const WIDTHS: Record<ColumnKind, number> = {
  text: 24,
  money: 16,
  count: 10,
  percent: 10,
  decimal: 10,
  date: 18,
  timestamp: 22,
  'yes-no': 8,
};

/**
 * exceljs, loaded on the first workbook: most requests write none, and evaluating it
 * (with its zip and stream libraries) would otherwise be part of every cold start.
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

export async function newWorkbook(): Promise<Workbook> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = 'Safety Valve monitoring';
  workbook.created = new Date(0);
  return workbook;
}

/**
 * Writes one value into a cell as what it is: numbers as numbers in the kind's format,
 * dates as dates, and text always as a string cell, even one that starts like a formula.
 */
export function writeCell(cell: ExcelJS.Cell, kind: ColumnKind, value: CellValue): void {
  if (value === null || value === undefined || value === '') {
    cell.value = null;
    return;
  }
  const format = FORMATS[kind];
  if (format) cell.numFmt = format;
  if (typeof value === 'number') {
    cell.value = value;
  } else if (typeof value === 'boolean') {
    cell.value = value ? 'Yes' : 'No';
  } else if ((kind === 'date' || kind === 'timestamp') && !Number.isNaN(Date.parse(value))) {
    // Dates are days in UTC; Excel shows them as written, with no time zone shift.
    cell.value = new Date(kind === 'date' ? `${value.slice(0, 10)}T00:00:00Z` : value);
  } else {
    // A string cell is text in the file, whatever it starts with: never a formula. Line
    // breaks are written as Excel's own (LF): XML would turn a lone CR into one anyway.
    cell.value = value.replace(/\r\n?/g, '\n');
  }
}

/**
 * Adds a sheet with a header row in words (bold, frozen, filterable) and one row per item.
 * Every export builds its sheets with this, so they all look and read alike.
 */
export function addTableSheet<Row>(
  workbook: Workbook,
  name: string,
  columns: Column<Row>[],
  rows: Row[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    width: c.width ?? (typeof c.kind === 'string' ? WIDTHS[c.kind] : 16),
  }));
  const header = sheet.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    writeCell(cell, 'text', c.header);
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  rows.forEach((row, r) => {
    const line = sheet.getRow(r + 2);
    columns.forEach((c, i) => writeCell(line.getCell(i + 1), kindOf(c, row), c.value(row)));
  });
  if (columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return sheet;
}

export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
