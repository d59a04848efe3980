import type { Comparison } from '../../api/compare';
import { TableContainer } from '../../components/TableContainer';
import type { GridRow } from '../../compare/compare-grid';
import { formatMeasure } from '../../compare/format-measure';
import { measureLabel } from '../../compare/measures';
import { periodName } from '../../display/labels';
import { formatDate } from '../../format';

/** The compared figures: a row per period end, a column per council (and its plan). */
export function CompareTable(props: {
  comparison: Comparison;
  grid: GridRow[];
  withPlan: boolean;
}) {
  const { comparison, grid, withPlan } = props;
  const { measure, unit, series } = comparison;
  const show = (value: number | undefined) =>
    value === undefined ? '–' : formatMeasure(measure, unit, value);
  return (
    <TableContainer label="Compared figures">
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--s">
          {measureLabel(measure)} by period
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Period ending
            </th>
            {series.map((s) => [
              <th
                key={s.laCode}
                scope="col"
                class="govuk-table__header govuk-table__header--numeric"
              >
                {s.name}
              </th>,
              withPlan && (
                <th
                  key={`${s.laCode}-plan`}
                  scope="col"
                  class="govuk-table__header govuk-table__header--numeric"
                >
                  {s.name} plan
                </th>
              ),
            ])}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {grid.map((row) => (
            <tr key={row.periodEnd} class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                {formatDate(row.periodEnd)}
              </th>
              {series.map((s) => {
                const cell = row.cells[s.laCode];
                return [
                  <td key={s.laCode} class="govuk-table__cell govuk-table__cell--numeric">
                    {show(cell?.value)}
                    {cell && <span class="app-cell-note">{periodName(cell.period)}</span>}
                  </td>,
                  withPlan && (
                    <td
                      key={`${s.laCode}-plan`}
                      class="govuk-table__cell govuk-table__cell--numeric"
                    >
                      {show(cell?.planned)}
                    </td>
                  ),
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}
