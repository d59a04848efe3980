import { describe, expect, it } from 'vitest';
import { neutraliseCell, startsLikeFormula } from './spreadsheet-cell';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+44 20', `'+44 20`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['Bury', 'Bury'],
    ['North West', 'North West'],
    [' =1', ' =1'],
    ['', ''],
    ["'=1", "'=1"],
  ])('writes %j as %j', (value, cell) => {
    expect(neutraliseCell(value)).toBe(cell);
  });

  it.each([[-250_000], [0], [12.5], [true], [false], [null], [undefined]])(
    'leaves the value %j as it is',
    (value) => {
      expect(neutraliseCell(value)).toBe(value);
    },
  );

  it('tells text that would be a formula', () => {
    expect(startsLikeFormula('=1')).toBe(true);
    expect(startsLikeFormula('1=1')).toBe(false);
  });
});
