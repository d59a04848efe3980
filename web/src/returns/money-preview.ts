import { formatMillions, formatPounds } from '../../../shared/domain';
import { formatBalance, formatDeficit } from '../display/money';
import type { NumberField } from './fields';
import { readNumberField } from './section-forms';

/** What a money field's text is read as, shown back under it: `£20,067,000 (£20.067m)`. */
export function moneyPreview(field: NumberField, text: string): string | undefined {
  if (field.kind !== 'money') return undefined;
  const { value } = readNumberField(field, text);
  if (value === undefined) return undefined;
  const inWords =
    field.key === 'forecastCumulativeDeficit'
      ? formatDeficit(value)
      : field.key === 'forecastInYearBalance'
        ? formatBalance(value)
        : formatMillions(value);
  return `${formatPounds(value)} (${inWords})`;
}
