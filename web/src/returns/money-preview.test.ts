import { describe, expect, it } from 'vitest';
import { FINANCE_FIELDS } from './fields';
import { moneyPreview } from './money-preview';

const field = (key: string) => FINANCE_FIELDS.find((f) => f.key === key)!;

describe('moneyPreview', () => {
  it('shows back what was typed, in pounds and millions', () => {
    expect(moneyPreview(field('highNeedsIncome'), '20.4m')).toBe('£20,400,000 (£20.400m)');
    expect(moneyPreview(field('forecastCumulativeDeficit'), '-£0.06m')).toBe(
      '-£60,000 (£0.060m surplus)',
    );
    expect(moneyPreview(field('forecastInYearBalance'), '-2,500,000')).toBe(
      '-£2,500,000 (£2.500m deficit)',
    );
  });

  it('says nothing until the text can be read', () => {
    expect(moneyPreview(field('highNeedsIncome'), '')).toBeUndefined();
    expect(moneyPreview(field('highNeedsIncome'), 'lots')).toBeUndefined();
  });
});
