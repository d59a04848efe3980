import { describe, expect, it } from 'vitest';
import { DEMAND_FIELDS, FINANCE_FIELDS } from './fields';
import { formatAnswer } from './format-answer';

const finance = (key: string) => FINANCE_FIELDS.find((f) => f.key === key)!;

describe('formatAnswer', () => {
  it('shows money in £m, deficits and balances in words', () => {
    expect(formatAnswer(finance('highNeedsIncome'), 48_000_000)).toBe('£48.000m');
    expect(formatAnswer(finance('forecastCumulativeDeficit'), -60_000)).toBe('£0.060m surplus');
    expect(formatAnswer(finance('forecastInYearBalance'), -2_500_000)).toBe('£2.500m deficit');
  });

  it('shows counts and percentages', () => {
    expect(formatAnswer(DEMAND_FIELDS[0]!, 2380)).toBe('2,380');
    expect(
      formatAnswer(
        DEMAND_FIELDS.find((f) => f.kind === 'percentage')!,
        46.4,
      ),
    ).toBe('46.4%');
  });
});
