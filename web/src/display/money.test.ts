import { describe, expect, it } from 'vitest';
import {
  formatBalance,
  formatDeficit,
  formatPct,
  formatSignedPct,
  formatVariance,
  toMillions,
} from './money';

describe('formatDeficit', () => {
  it('shows a deficit as £m and a negative one as a surplus', () => {
    expect(formatDeficit(20_067_000)).toBe('£20.067m');
    expect(formatDeficit(-60_000)).toBe('£0.060m surplus');
    expect(formatDeficit(0)).toBe('£0.000m');
    expect(formatDeficit(-400)).toBe('£0.000m');
  });
});

describe('formatBalance', () => {
  it('names a positive balance a surplus and a negative one a deficit', () => {
    expect(formatBalance(1_000_000)).toBe('£1.000m surplus');
    expect(formatBalance(-2_500_000)).toBe('£2.500m deficit');
    expect(formatBalance(0)).toBe('£0.000m');
    expect(formatBalance(499)).toBe('£0.000m');
  });
});

describe('formatVariance', () => {
  it('says whether the forecast is worse or better than plan', () => {
    expect(formatVariance(3_500_000)).toBe('£3.500m over plan');
    expect(formatVariance(-1_000_000)).toBe('£1.000m under plan');
    expect(formatVariance(200)).toBe('On plan');
  });
});

describe('percentages', () => {
  it('writes a signed variance to one place', () => {
    expect(formatSignedPct(17.44)).toBe('+17.4%');
    expect(formatSignedPct(-2)).toBe('-2.0%');
    expect(formatSignedPct(0.04)).toBe('0.0%');
  });

  it('writes a share as given, to one place at most', () => {
    expect(formatPct(46.4)).toBe('46.4%');
    expect(formatPct(41)).toBe('41%');
    expect(formatPct(33.333)).toBe('33.3%');
  });
});

describe('toMillions', () => {
  it('gives £m to three places for a chart', () => {
    expect(toMillions(20_067_000)).toBe(20.067);
    expect(toMillions(-60_000)).toBe(-0.06);
  });
});
