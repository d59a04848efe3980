import { describe, expect, it } from 'vitest';
import { isBlock, parseBlock, pasteBlock } from './paste-grid';

describe('pasting a block of cells', () => {
  it('reads tabs and newlines as a spreadsheet writes them', () => {
    expect(parseBlock('20.067\t27.407\r\n20.067\t21.407\r\n')).toEqual([
      ['20.067', '27.407'],
      ['20.067', '21.407'],
    ]);
    expect(isBlock('20.067')).toBe(false);
    expect(isBlock('20.067\t1')).toBe(true);
    expect(isBlock('1\n2')).toBe(true);
  });

  it.each<[string, { row: number; column: number }, boolean, string[][], number]>([
    [
      'at the top left',
      { row: 0, column: 0 },
      false,
      [
        ['a', 'b', ''],
        ['c', 'd', ''],
        ['', '', ''],
      ],
      0,
    ],
    [
      'from the middle, dropping what falls off',
      { row: 2, column: 2 },
      false,
      [
        ['', '', ''],
        ['', '', ''],
        ['', '', 'a'],
      ],
      3,
    ],
    [
      'adding rows to a list',
      { row: 2, column: 1 },
      true,
      [
        ['', '', ''],
        ['', '', ''],
        ['', 'a', 'b'],
        ['', 'c', 'd'],
      ],
      0,
    ],
  ])('%s', (_, at, growRows, expected, dropped) => {
    const grid = [0, 1, 2].map(() => ['', '', '']);
    const out = pasteBlock(
      grid,
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      at,
      { columns: 3, growRows },
    );
    expect(out).toEqual({ grid: expected, dropped });
    expect(grid[0]).toEqual(['', '', '']);
  });
});
