import { formatCount, formatMillions } from '../../../shared/domain';
import { formatFigure } from '../scorecard/format';
import { formatBalance, formatDeficit, formatPct, toMillions } from '../display/money';

export type MeasureUnit = 'pounds' | 'count' | 'percent' | 'weeks';

/** A value of a compared measure as the table shows it. */
export function formatMeasure(measure: string, unit: MeasureUnit, value: number): string {
  if (measure.startsWith('scorecard:')) return formatFigure(unit, value);
  if (unit === 'percent') return formatPct(value);
  if (unit === 'count') return formatCount(value);
  if (unit === 'weeks') return `${value} weeks`;
  if (measure === 'finance.forecastCumulativeDeficit') return formatDeficit(value);
  if (measure === 'finance.forecastInYearBalance') return formatBalance(value);
  return formatMillions(value);
}

/** A value as the chart plots it: money in £m. */
export function chartValue(unit: MeasureUnit, value: number): number {
  return unit === 'pounds' ? toMillions(value) : value;
}

export function axisTitle(unit: MeasureUnit): string {
  if (unit === 'weeks') return 'Weeks';
  return unit === 'pounds' ? '£m' : unit === 'percent' ? '%' : 'Number';
}
