import { describe, expect, it } from 'vitest';
import { parseCount, parseNumber, parsePercentage } from './parse-number';

describe('parseCount', () => {
  it('reads whole numbers with or without separators', () => {
    expect(parseCount('2380')).toEqual({ ok: true, value: 2380 });
    expect(parseCount(' 2,380 ')).toEqual({ ok: true, value: 2380 });
    expect(parseCount('0')).toEqual({ ok: true, value: 0 });
  });

  it('says what is wrong with anything else', () => {
    expect(parseCount('-3')).toEqual({ ok: false, error: 'must be 0 or more' });
    expect(parseCount('12.5')).toEqual({ ok: false, error: 'must be a whole number' });
    expect(parseCount('23,80')).toEqual({ ok: false, error: 'must be a number, like 2,380' });
    expect(parseCount('lots')).toEqual({ ok: false, error: 'must be a number, like 2,380' });
  });
});

describe('parsePercentage', () => {
  it('reads a percentage with or without the sign', () => {
    expect(parsePercentage('46.4')).toEqual({ ok: true, value: 46.4 });
    expect(parsePercentage('46.4%')).toEqual({ ok: true, value: 46.4 });
    expect(parsePercentage('100')).toEqual({ ok: true, value: 100 });
  });

  it('keeps to 0 to 100', () => {
    expect(parsePercentage('101')).toEqual({ ok: false, error: 'must be 100% or less' });
    expect(parsePercentage('-1')).toEqual({ ok: false, error: 'must be 0% or more' });
    expect(parsePercentage('half')).toEqual({
      ok: false,
      error: 'must be a percentage, like 46.4',
    });
  });
});

describe('parseNumber', () => {
  it('reads money as pounds or millions', () => {
    expect(parseNumber('money', '£20.067m')).toEqual({ ok: true, value: 20_067_000 });
    expect(parseNumber('money', '20,067,000')).toEqual({ ok: true, value: 20_067_000 });
    expect(parseNumber('money', '-£0.06m')).toEqual({ ok: true, value: -60_000 });
    expect(parseNumber('count', '5')).toEqual({ ok: true, value: 5 });
    expect(parseNumber('percentage', '5%')).toEqual({ ok: true, value: 5 });
  });
});
