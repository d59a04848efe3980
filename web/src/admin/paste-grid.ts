/**
 * A grid of text cells (rows × columns) that a block copied from a spreadsheet fills:
 * spreadsheets put tabs between cells and newlines between rows.
 */
export type Grid = string[][];

/** The block of cells in clipboard text; a trailing newline (as spreadsheets add) is not a row. */
export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.map((line) => line.split('\t').map((cell) => cell.trim()));
}

/** Whether pasted text is a block (more than one cell) rather than one value. */
export function isBlock(text: string): boolean {
  const block = parseBlock(text);
  return block.length > 1 || (block[0]?.length ?? 0) > 1;
}

/**
 * The grid with `block` written into it from (row, column) rightwards and downwards.
 * Cells beyond the grid's columns are dropped (and counted); rows beyond its rows are
 * added when `growRows`, dropped (and counted) otherwise.
 */
export function pasteBlock(
  grid: Grid,
  block: string[][],
  at: { row: number; column: number },
  options: { columns: number; growRows: boolean },
): { grid: Grid; dropped: number } {
  const next = grid.map((row) => [...row]);
  let dropped = 0;
  block.forEach((cells, i) => {
    const r = at.row + i;
    if (r >= next.length) {
      if (!options.growRows) {
        dropped += cells.length;
        return;
      }
      while (next.length <= r) next.push(Array.from({ length: options.columns }, () => ''));
    }
    const row = next[r] ?? [];
    cells.forEach((cell, j) => {
      const c = at.column + j;
      if (c >= options.columns) dropped += 1;
      else row[c] = cell;
    });
    next[r] = row;
  });
  return { grid: next, dropped };
}
