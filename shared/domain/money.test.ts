import { describe, expect, it } from 'vitest';
import { formatCount, formatMillions, formatPounds, parseMoney } from './money';

describe('formatting money', () => {
  it.each([
    [20_067_000, '£20.067m'],
    [-60_000, '-£0.060m'],
    [0, '£0.000m'],
    [137_200_000, '£137.200m'],
    [20_067_499, '£20.067m'],
    [20_067_500, '£20.068m'],
    [-20_067_500, '-£20.068m'],
    [499, '£0.000m'],
    [-499, '£0.000m'],
    [-500, '-£0.001m'],
    [1_234_567_890_000, '£1,234,567.890m'],
  ])('%d pounds is %s', (pounds, text) => {
    expect(formatMillions(pounds)).toBe(text);
  });

  it('writes whole pounds with separators', () => {
    expect(formatPounds(20_067_000)).toBe('£20,067,000');
    expect(formatPounds(-60_000)).toBe('-£60,000');
    expect(formatPounds(999)).toBe('£999');
    expect(formatPounds(0)).toBe('£0');
    expect(formatCount(5400)).toBe('5,400');
  });

  it('refuses what is not whole pounds', () => {
    expect(() => formatMillions(1.5)).toThrow(RangeError);
    expect(() => formatPounds(Number.NaN)).toThrow(RangeError);
  });
});

describe('parsing money', () => {
  it.each([
    ['20067000', 20_067_000],
    ['20,067,000', 20_067_000],
    ['£20,067,000', 20_067_000],
    ['£20.067m', 20_067_000],
    ['£20.067M', 20_067_000],
    ['20.4m', 20_400_000],
    ['-0.06m', -60_000],
    ['-£0.06m', -60_000],
    ['£-0.06m', -60_000],
    ['\u2212£60,000', -60_000],
    ['(1,000)', -1_000],
    ['(£2.5m)', -2_500_000],
    [' £ 20 067 000 ', 20_067_000],
    ['1,000.00', 1_000],
    ['250k', 250_000],
    ['1.5bn', 1_500_000_000],
    ['0.000001m', 1],
    ['20.0670000m', 20_067_000],
    ['0', 0],
    ['-0', 0],
    ['007', 7],
    ['0.1m', 100_000],
    ['0.3m', 300_000],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('%j is %d pounds', (text, pounds) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: pounds });
  });

  it('is exact where floating point is not', () => {
    // In floating point 2.038 * 1e6 is 2037999.9999999998 (Bury's 2024-25 figure).
    expect(2.038 * 1e6).not.toBe(2_038_000);
    expect(parseMoney('£2.038m')).toEqual({ ok: true, value: 2_038_000 });
    expect(parseMoney('1.005m')).toEqual({ ok: true, value: 1_005_000 });
    expect(parseMoney('4.1m')).toEqual({ ok: true, value: 4_100_000 });
    expect(parseMoney('20.067m')).toEqual({ ok: true, value: 20_067_000 });
  });

  it.each([
    ['', 'enter an amount'],
    ['   ', 'enter an amount'],
    ['abc', 'enter an amount in pounds'],
    ['20,06,7000', 'enter an amount in pounds'],
    ['1,0000', 'enter an amount in pounds'],
    ['12.50', 'must be whole pounds'],
    ['0.0000001m', 'more decimal places'],
    ['1.2345k', 'more decimal places'],
    ['--5', 'enter an amount in pounds'],
    ['-(5)', 'enter an amount in pounds'],
    ['(-5)', 'enter an amount in pounds'],
    ['£', 'enter an amount in pounds'],
    ['m', 'enter an amount in pounds'],
    ['1e6', 'enter an amount in pounds'],
    ['.5m', 'enter an amount in pounds'],
    ['9007199254740992', 'too large'],
    ['10000000000m', 'too large'],
    ['$5', 'enter an amount in pounds'],
  ])('%j is refused', (text, message) => {
    const parsed = parseMoney(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
