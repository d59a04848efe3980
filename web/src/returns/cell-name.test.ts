import { describe, expect, it } from 'vitest';
import { cellName } from './cell-name';

describe('cellName', () => {
  it.each([
    ['Finance!C7', 'Finance sheet, cell C7'],
    ["'Savings by mitigation'!B3", 'Savings by mitigation sheet, cell B3'],
    ['A1', 'Cell A1'],
  ])('says %s as %s', (cell, words) => {
    expect(cellName(cell)).toBe(words);
  });
});
