/**
 * Characters that make a spreadsheet read a cell as a formula (or a DDE command) when
 * the cell is opened from a CSV file: `=`, `+`, `-`, `@`, tab and carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a text would be read as a formula if a spreadsheet opened it as it stands. */
export function startsLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/**
 * A text made safe for a CSV cell: one that would start a formula gets a leading
 * apostrophe, so Excel and LibreOffice show it as the text it is. Other text is unchanged.
 */
export function neutraliseCell(value: string): string {
  return startsLikeFormula(value) ? `'${value}` : value;
}
