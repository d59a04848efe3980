import type { Agreement } from './agreement';
import {
  DEMAND_FIELDS,
  FINANCE_FIELDS,
  PLACEMENT_FIELDS,
  type ReturnDraft,
} from './return-content';
import { periodEnd, periodFinancialYear, periodStart } from './periods';

const FINANCE = FINANCE_FIELDS.map((k) => `finance.${k}`);
const DEMAND = DEMAND_FIELDS.map((k) => `demand.${k}`);
const PLACEMENTS = PLACEMENT_FIELDS;

/** Every measure that can be compared: each numeric return field, and each placement's share. */
export const COMPARE_MEASURES = [
  ...FINANCE,
  ...DEMAND,
  ...PLACEMENTS.map((k) => `placements.${k}`),
  ...PLACEMENTS.map((k) => `placements.${k}Pct`),
] as const;

export type MeasureUnit = 'pounds' | 'count' | 'percent';

export function measureUnit(measure: string): MeasureUnit {
  if (measure.startsWith('finance.')) return 'pounds';
  return measure.endsWith('Pct') ? 'percent' : 'count';
}

/** The planned value the agreement gives for a measure in a financial year, where it gives one. */
const PLANNED: Record<
  string,
  'plannedCumulativeDeficit' | 'plannedInYearBalance' | 'plannedEhcps'
> = {
  'finance.forecastCumulativeDeficit': 'plannedCumulativeDeficit',
  'finance.forecastInYearBalance': 'plannedInYearBalance',
  'demand.ehcpsTotal': 'plannedEhcps',
};

/** The sections of a return's content that hold its measures. */
export type MeasuredContent = Pick<ReturnDraft, 'finance' | 'demand' | 'placements'>;

/** A measure's value in a return; a placement share is its count over all placements, as a percentage to one decimal. */
export function measureValue(content: MeasuredContent, measure: string): number | undefined {
  const [section, field] = measure.split('.') as [string, string];
  if (section === 'placements' && field.endsWith('Pct')) {
    const placements = content.placements ?? {};
    const count = placements[field.slice(0, -3) as keyof typeof placements];
    const total = Object.values(placements).reduce<number>((sum, n) => sum + (n ?? 0), 0);
    if (count === undefined || total === 0) return undefined;
    return Math.round((count * 1000) / total) / 10;
  }
  const values = content[section as 'finance' | 'demand' | 'placements'] as
    Record<string, number | undefined> | undefined;
  return values?.[field];
}

export interface ComparePoint {
  period: string;
  periodEnd: string;
  value: number;
  planned?: number;
}

/**
 * A council's series for a measure: one point per submitted return whose period ends
 * between the start of `from` and the end of `to` (so councils on different cadences
 * line up by date), with the plan alongside where the agreement gives one.
 */
export function compareSeries(
  measure: string,
  returns: readonly { period: string; submittedAt?: string; content: MeasuredContent }[],
  agreement: Pick<Agreement, 'trajectory'> | undefined,
  range: { from: string; to: string },
): ComparePoint[] {
  const start = periodStart(range.from);
  const end = periodEnd(range.to);
  const plannedField = PLANNED[measure];
  return returns
    .filter((r) => r.submittedAt && periodEnd(r.period) >= start && periodEnd(r.period) <= end)
    .map((r) => ({ r, value: measureValue(r.content, measure) }))
    .filter((x): x is { r: (typeof returns)[number]; value: number } => x.value !== undefined)
    .map(({ r, value }) => {
      const year = agreement?.trajectory.find(
        (t) => t.financialYear === periodFinancialYear(r.period),
      );
      const planned = plannedField ? year?.[plannedField] : undefined;
      return {
        period: r.period,
        periodEnd: periodEnd(r.period),
        value,
        ...(planned === undefined ? {} : { planned }),
      };
    })
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
}
