import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { isBlock, parseBlock, pasteBlock, type Grid } from '../../admin/paste-grid';
import { FieldError } from '../../components/FieldError';
import { StatusMessage } from '../../components/StatusMessage';
import { TableContainer } from '../../components/TableContainer';

/**
 * A table of text inputs that a block of cells copied from a spreadsheet fills from the
 * cell it is pasted into: one paste enters a whole trajectory or list. A single value
 * pastes as usual. Problems show above the table, and their cells are marked.
 */
export function PasteGrid(props: {
  id: string;
  caption: string;
  hint?: ComponentChildren;
  columns: readonly string[];
  /** Row headers; for a list, "1", "2", … */
  rows: readonly string[];
  rowHeader: string;
  grid: Grid;
  onChange: (grid: Grid) => void;
  cellId: (row: number, column: number) => string;
  /** The cell's name for screen readers: "Programme cost in the year, 2021-22". */
  cellLabel: (row: number, column: number) => string;
  /** Lists grow when a block is longer than they are; a trajectory's lines are fixed. */
  growRows: boolean;
  /** Problems with cells in this table, by cell id. */
  errors: { id: string; message: string }[];
  numeric?: boolean;
}) {
  const { id, grid, columns, rows, errors } = props;
  const [pasted, setPasted] = useState('');
  const bad = new Set(errors.map((e) => e.id));
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const rowCount = Math.max(rows.length, grid.length);

  function paste(event: ClipboardEvent, row: number, column: number) {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!isBlock(text)) return;
    event.preventDefault();
    const block = parseBlock(text);
    const out = pasteBlock(
      grid,
      block,
      { row, column },
      {
        columns: columns.length,
        growRows: props.growRows,
      },
    );
    props.onChange(out.grid);
    const cells = block.reduce((n, r) => n + r.length, 0) - out.dropped;
    setPasted(
      `Pasted ${cells} ${cells === 1 ? 'cell' : 'cells'} into ${props.caption.toLowerCase()}` +
        (out.dropped > 0
          ? `. ${out.dropped} ${out.dropped === 1 ? 'cell' : 'cells'} fell outside the table and were left out.`
          : '.'),
    );
  }

  const set = (row: number, column: number, value: string) => {
    const next = grid.map((r) => [...r]);
    while (next.length <= row) next.push(columns.map(() => ''));
    const cells = next[row] ?? [];
    cells[column] = value;
    next[row] = cells;
    props.onChange(next);
  };

  return (
    <div class={`govuk-form-group${errors.length > 0 ? ' govuk-form-group--error' : ''}`}>
      {props.hint && (
        <div id={hintId} class="govuk-hint">
          {props.hint}
        </div>
      )}
      {errorId && (
        <div id={errorId}>
          {errors.map((e) => (
            <FieldError key={e.id + e.message} id={`${e.id}-error`} message={e.message} />
          ))}
        </div>
      )}
      <TableContainer label={props.caption}>
        <table class="govuk-table app-paste-grid" id={id}>
          <caption class="govuk-table__caption govuk-table__caption--s">{props.caption}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {props.rowHeader}
              </th>
              {columns.map((c) => (
                <th
                  key={c}
                  scope="col"
                  class={`govuk-table__header${props.numeric ? ' govuk-table__header--numeric' : ''}`}
                >
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {Array.from({ length: rowCount }, (_, r) => (
              <tr key={r} class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  {rows[r] ?? String(r + 1)}
                </th>
                {columns.map((_, c) => {
                  const cellId = props.cellId(r, c);
                  const wrong = bad.has(cellId);
                  return (
                    <td key={c} class="govuk-table__cell">
                      <label class="govuk-visually-hidden" for={cellId}>
                        {props.cellLabel(r, c)}
                      </label>
                      <input
                        id={cellId}
                        class={`govuk-input app-paste-grid__input${wrong ? ' govuk-input--error' : ''}`}
                        type="text"
                        value={grid[r]?.[c] ?? ''}
                        autocomplete="off"
                        spellcheck={false}
                        aria-describedby={
                          [hintId, wrong ? `${cellId}-error` : undefined]
                            .filter(Boolean)
                            .join(' ') || undefined
                        }
                        onInput={(event) => set(r, c, event.currentTarget.value)}
                        onPaste={(event) => paste(event, r, c)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableContainer>
      <StatusMessage visible={pasted !== ''}>{pasted}</StatusMessage>
    </div>
  );
}
