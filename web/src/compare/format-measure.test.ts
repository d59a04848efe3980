import { describe, expect, it } from 'vitest';
import { chartValue, formatMeasure } from './format-measure';

describe('formatMeasure', () => {
  it('shows each unit as the service writes it', () => {
    expect(formatMeasure('finance.forecastCumulativeDeficit', 'pounds', -60_000)).toBe(
      '£0.060m surplus',
    );
    expect(formatMeasure('finance.highNeedsIncome', 'pounds', 48_000_000)).toBe('£48.000m');
    expect(formatMeasure('demand.ehcpsTotal', 'count', 2380)).toBe('2,380');
    expect(formatMeasure('placements.mainstreamPct', 'percent', 37.8)).toBe('37.8%');
    expect(chartValue('pounds', 20_067_000)).toBe(20.067);
    expect(chartValue('count', 5)).toBe(5);
  });
});
