/**
 * One problem with one field, as the API reports it (`errors: [{path, message}]`).
 * Paths are written as people read them: `tranches[2].amount`.
 */
export interface FieldError {
  path: string;
  message: string;
  /** Where the value came from when it was read from a workbook: `Finance!C7`. */
  cell?: string;
}
