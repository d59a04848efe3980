import { describe, expect, it } from 'vitest';
import { periodName } from './labels';

describe('periodName', () => {
  it('names quarters, terms and months as people say them', () => {
    expect(periodName('2024-25-Q2')).toBe('2024-25 quarter 2');
    expect(periodName('2024-25-T3')).toBe('2024-25 term 3');
    expect(periodName('2024-25-M01')).toBe('April 2024');
    expect(periodName('2024-25-M09')).toBe('December 2024');
    expect(periodName('2024-25-M10')).toBe('January 2025');
    expect(periodName('2024-25-M12')).toBe('March 2025');
  });

  it('leaves anything else as it is', () => {
    expect(periodName('soon')).toBe('soon');
  });
});
