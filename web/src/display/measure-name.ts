import { DEMAND_FIELDS, FINANCE_FIELDS, PLACEMENT_FIELDS } from '../returns/fields';

/**
 * A measure's name from its key: a return field (`placements.independentSpecial`), a
 * placement share (`placements.mainstreamPct`), or a council's own measure, as it is.
 */
export function measureName(key: string): string {
  const [section, field = ''] = key.split('.');
  const fields =
    section === 'finance'
      ? FINANCE_FIELDS
      : section === 'demand'
        ? DEMAND_FIELDS
        : section === 'placements'
          ? PLACEMENT_FIELDS
          : undefined;
  if (!fields) return key;
  const share = field.endsWith('Pct') && section === 'placements';
  const found = fields.find((f) => f.key === (share ? field.slice(0, -3) : field));
  if (!found) return key;
  return share ? `Share of EHCPs in ${found.label.toLowerCase()}` : found.label;
}
