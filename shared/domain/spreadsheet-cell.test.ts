import { describe, expect, it } from 'vitest';
import { neutraliseCell, startsLikeFormula } from './spreadsheet-cell';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
    ['+44 20 7946 0000', `'+44 20 7946 0000`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['Bury', 'Bury'],
    ['', ''],
    [' =not at the start', ' =not at the start'],
    ["'already quoted", "'already quoted"],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
    expect(startsLikeFormula(input)).toBe(expected !== input);
  });
});
