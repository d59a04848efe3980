import {
  formatCount,
  formatPounds,
  addMonths,
  formatMonth,
  monthOf,
  type ScorecardUnit,
  type Trend,
} from '../../../shared/domain';
import type { TagColour } from '../components/tag-colours';

/** A scorecard figure in its unit: `67.1%`, `1,030`, `19.5 weeks`, `£20,067,000`. */
export function formatFigure(unit: ScorecardUnit, value: number): string {
  switch (unit) {
    case 'percent':
      // As published, to the precision given (44.47% national, 67.1% BCP).
      return `${value}%`;
    case 'count':
      return Number.isInteger(value) ? formatCount(value) : String(value);
    case 'weeks':
      return `${value} weeks`;
    case 'pounds':
      return formatPounds(value);
  }
}

export const UNIT_NAMES: Record<ScorecardUnit, string> = {
  percent: 'Percentage',
  count: 'Number',
  weeks: 'Weeks',
  pounds: 'Pounds',
};

export const TREND_NAMES: Record<Trend, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  steady: 'Steady',
  unknown: 'Not enough months',
};

export const TREND_COLOURS: Record<Trend, TagColour | undefined> = {
  improving: 'green',
  worsening: 'red',
  steady: 'grey',
  unknown: 'grey',
};

/** The months figures can be entered for, newest first: this month and the 23 before it. */
export function enterableMonths(now: Date): string[] {
  const current = monthOf(now);
  return Array.from({ length: 24 }, (_, i) => addMonths(current, -i));
}

export { formatMonth };
