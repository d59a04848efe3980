import type { Comparison } from '../../api/compare';
import { ColumnHeader, Table } from '../../components/Table';
import type { GridRow } from '../../compare/compare-grid';
import { formatMeasure } from '../../compare/format-measure';
import { isScorecardMeasure, measureLabel } from '../../compare/measures';
import { periodOrMonthName as periodName } from '../../display/labels';
import { formatDate } from '../../format';

/** The compared figures: a row per period end, a column per council (and its plan). */
export function CompareTable(props: {
  comparison: Comparison;
  grid: GridRow[];
  withPlan: boolean;
  withNational?: boolean;
}) {
  const { comparison, grid, withPlan, withNational } = props;
  const { measure, unit, series } = comparison;
  const scorecard = isScorecardMeasure(measure);
  // A scorecard target column only for the councils that set one.
  const planned = (s: (typeof series)[number]) =>
    withPlan && (!scorecard || s.points.some((p) => p.planned !== undefined));
  const show = (value: number | undefined) =>
    value === undefined ? '–' : formatMeasure(measure, unit, value);
  return (
    <Table
      label="Compared figures"
      caption={
        <>
          {comparison.title ?? measureLabel(measure)} by {scorecard ? 'month' : 'period'}
        </>
      }
      captionSize="s"
      head={
        <>
          <ColumnHeader>{scorecard ? 'Month' : 'Period ending'}</ColumnHeader>
          {series.map((s) => [
            <ColumnHeader key={s.laCode} numeric>
              {s.name}
            </ColumnHeader>,
            planned(s) && (
              <ColumnHeader key={`${s.laCode}-plan`} numeric>
                {s.name} {scorecard ? 'target' : 'plan'}
              </ColumnHeader>
            ),
          ])}
          {withNational && <ColumnHeader numeric>National</ColumnHeader>}
        </>
      }
    >
      {grid.map((row) => (
        <tr key={row.periodEnd} class="govuk-table__row">
          <th scope="row" class="govuk-table__header">
            {scorecard ? periodName(row.periodEnd.slice(0, 7)) : formatDate(row.periodEnd)}
          </th>
          {series.map((s) => {
            const cell = row.cells[s.laCode];
            return [
              <td key={s.laCode} class="govuk-table__cell govuk-table__cell--numeric">
                {show(cell?.value)}
                {cell && !scorecard && <span class="app-cell-note">{periodName(cell.period)}</span>}
              </td>,
              planned(s) && (
                <td key={`${s.laCode}-plan`} class="govuk-table__cell govuk-table__cell--numeric">
                  {show(cell?.planned)}
                </td>
              ),
            ];
          })}
          {withNational && (
            <td class="govuk-table__cell govuk-table__cell--numeric">{show(row.national)}</td>
          )}
        </tr>
      ))}
    </Table>
  );
}
