import type { BetterDirection } from './measures';
import { addMonths } from './months';

export type Trend = 'improving' | 'worsening' | 'steady' | 'unknown';

/** How many months back the latest figure is compared with. */
export const TREND_MONTHS = 3;

/**
 * The latest figure against the one three months before it, in the measure's better
 * direction. Without a figure for exactly that month the trend is `unknown`: an older
 * one would say something else (a year's change, not a quarter's).
 */
export function trendOf(
  series: readonly { month: string; value: number }[],
  better: BetterDirection,
): Trend {
  const latest = series.reduce<{ month: string; value: number } | undefined>(
    (acc, point) => (!acc || point.month > acc.month ? point : acc),
    undefined,
  );
  if (!latest) return 'unknown';
  const earlierMonth = addMonths(latest.month, -TREND_MONTHS);
  const earlier = series.find((point) => point.month === earlierMonth);
  if (!earlier) return 'unknown';
  if (latest.value === earlier.value) return 'steady';
  const higher = latest.value > earlier.value;
  return higher === (better === 'higher') ? 'improving' : 'worsening';
}
