/**
 * A column of an exported table: its header in words, how its values are written, and
 * how each row gives its value. The same definitions make a workbook's sheet and a CSV,
 * so the two never disagree. Money is whole pounds; dates are `YYYY-MM-DD`; times ISO 8601.
 */
export type ColumnKind =
  'text' | 'money' | 'count' | 'percent' | 'decimal' | 'date' | 'timestamp' | 'yes-no';

export type CellValue = string | number | boolean | null | undefined;

export interface Column<Row> {
  header: string;
  /** The kind of every value, or of each row's (a "Value" column of mixed figures). */
  kind: ColumnKind | ((row: Row) => ColumnKind);
  value: (row: Row) => CellValue;
  /** Width in characters; a sensible one for the kind when absent. */
  width?: number;
}

/** A column definition, with the row type inferred from the getter. */
export function column<Row>(
  header: string,
  kind: Column<Row>['kind'],
  value: (row: Row) => CellValue,
  width?: number,
): Column<Row> {
  return { header, kind, value, ...(width ? { width } : {}) };
}

export function kindOf<Row>(c: Column<Row>, row: Row): ColumnKind {
  return typeof c.kind === 'function' ? c.kind(row) : c.kind;
}
