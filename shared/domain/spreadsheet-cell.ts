/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage
 * return, that some spreadsheets skip before looking for one).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether text would be taken for a formula if written into a cell as it is. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * A value fit for a CSV or spreadsheet cell that no spreadsheet runs: text that starts
 * like a formula (a council named `=HYPERLINK(…)`) gets a leading apostrophe, which
 * spreadsheets show as text. Numbers, booleans and empty cells are values, never
 * formulas, and pass unchanged (a negative variance stays a number).
 */
export function neutraliseCell<T>(value: T): T | string {
  return typeof value === 'string' && startsLikeFormula(value) ? `'${value}` : value;
}
