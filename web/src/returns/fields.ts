export * from '../../../shared/schemas/return-fields';

/** The id of a form control for a return field's path: `finance.highNeedsIncome` → `finance-highNeedsIncome`. */
export function fieldId(path: string): string {
  return path.replace(/\[/g, '-').replace(/\]/g, '').replace(/\./g, '-');
}
