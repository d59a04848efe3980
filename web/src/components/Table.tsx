import type { ComponentChildren } from 'preact';
import { TableContainer } from './TableContainer';

/**
 * A GOV.UK table in its own scrolling region, so no table can widen the page on a narrow
 * screen. The caption names it for screen readers; `captionSize="s"` shows it too.
 * `head` is the header row's cells (`ColumnHeader`s), `children` the body's rows.
 */
export function Table(props: {
  /** The scrolling region's name; the caption's text when that is plain. */
  label: string;
  caption: ComponentChildren;
  captionSize?: 's';
  class?: string;
  head: ComponentChildren;
  children: ComponentChildren;
}) {
  const captionClass = props.captionSize
    ? `govuk-table__caption govuk-table__caption--${props.captionSize}`
    : 'govuk-table__caption govuk-visually-hidden';
  return (
    <TableContainer label={props.label}>
      <table class={props.class ? `govuk-table ${props.class}` : 'govuk-table'}>
        <caption class={captionClass}>{props.caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">{props.head}</tr>
        </thead>
        <tbody class="govuk-table__body">{props.children}</tbody>
      </table>
    </TableContainer>
  );
}

/**
 * A column's header cell; `numeric` aligns it with the figures beneath it, `sort` tells
 * screen readers whether the rows are ordered by it.
 */
export function ColumnHeader(props: {
  numeric?: boolean;
  class?: string;
  sort?: 'ascending' | 'descending' | 'none';
  children: ComponentChildren;
}) {
  const classes = ['govuk-table__header'];
  if (props.numeric) classes.push('govuk-table__header--numeric');
  if (props.class) classes.push(props.class);
  return (
    <th scope="col" class={classes.join(' ')} aria-sort={props.sort}>
      {props.children}
    </th>
  );
}
