import { formatCount, formatMillions } from '../../../shared/domain';
import { formatBalance, formatDeficit, formatPct } from '../display/money';
import type { NumberField } from './fields';

/** A figure as the answers show it: money in £m, with deficits and balances in words. */
export function formatAnswer(field: NumberField, value: number): string {
  if (field.kind === 'count') return formatCount(value);
  if (field.kind === 'percentage') return formatPct(value);
  if (field.key === 'forecastCumulativeDeficit') return formatDeficit(value);
  if (field.key === 'forecastInYearBalance') return formatBalance(value);
  return formatMillions(value);
}
