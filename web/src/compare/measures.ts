import { MEASURE_CATALOGUE } from '../../../shared/domain';
import { measureName } from '../display/measure-name';
import { DEMAND_FIELDS, FINANCE_FIELDS, PLACEMENT_FIELDS } from '../returns/fields';

/** Scorecard measures are compared as `scorecard:<key>`, month by month. */
export const SCORECARD_PREFIX = 'scorecard:';

export function isScorecardMeasure(value: string): boolean {
  return value.startsWith(SCORECARD_PREFIX);
}

export interface MeasureGroup {
  label: string;
  measures: { value: string; label: string }[];
}

/** The measures DfE can compare, grouped as the return's sections: every figure, and each placement's share. */
export const MEASURE_GROUPS: MeasureGroup[] = [
  {
    label: 'Finance',
    measures: FINANCE_FIELDS.map((f) => ({ value: `finance.${f.key}`, label: f.label })),
  },
  {
    label: 'Demand',
    measures: DEMAND_FIELDS.map((f) => ({ value: `demand.${f.key}`, label: f.label })),
  },
  {
    label: 'Placements: share of children with EHCPs',
    measures: PLACEMENT_FIELDS.map((f) => ({
      value: `placements.${f.key}Pct`,
      label: measureName(`placements.${f.key}Pct`),
    })),
  },
  {
    label: 'Placements: number of children',
    measures: PLACEMENT_FIELDS.map((f) => ({
      value: `placements.${f.key}`,
      label: `Children in ${f.label.toLowerCase()}`,
    })),
  },
  {
    label: 'Scorecard: monthly improvement measures',
    measures: MEASURE_CATALOGUE.map((m) => ({
      value: `${SCORECARD_PREFIX}${m.key}`,
      label: m.title,
    })),
  },
];

export const DEFAULT_MEASURE = 'finance.forecastCumulativeDeficit';

export function isMeasure(value: string): boolean {
  return MEASURE_GROUPS.some((g) => g.measures.some((m) => m.value === value));
}

export function measureLabel(value: string): string {
  for (const group of MEASURE_GROUPS) {
    const found = group.measures.find((m) => m.value === value);
    if (found) return found.label;
  }
  return value;
}
