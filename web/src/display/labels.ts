import { formatMonth as formatMonthName, isMonth } from '../../../shared/domain';
import { periodName } from '../../../shared/schemas/names';

// The names are shared with the spreadsheets and documents the API makes.
export * from '../../../shared/schemas/names';

/** A period or, for a scorecard measure, a month: `2024-03` → `March 2024`. */
export function periodOrMonthName(value: string): string {
  return isMonth(value) ? formatMonthName(value) : periodName(value);
}
