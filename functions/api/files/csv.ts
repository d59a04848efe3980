import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from '../../../shared/domain';
import type { CellValue, Column } from './columns';

function csvValue(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value;
  return neutraliseCell(value);
}

/**
 * A CSV with one header row in words and one row per item, from the same columns as
 * the workbook. Money stays whole pounds (no symbol, so a spreadsheet reads a number);
 * a text that would start a formula is written so that it cannot.
 */
export function toCsv<Row>(columns: Column<Row>[], rows: Row[]): string {
  return stringify([
    columns.map((c) => c.header),
    ...rows.map((row) => columns.map((c) => csvValue(c.value(row)))),
  ]);
}
