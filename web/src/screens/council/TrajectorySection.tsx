import { useMemo } from 'preact/hooks';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { seriesStyle } from '../../charts/series-styles';
import { ColumnHeader, Table } from '../../components/Table';
import { formatDeficit, toMillions } from '../../display/money';
import { periodName } from '../../display/labels';
import type { TrajectoryRow } from '../../returns/trajectory';

const formatValue = (millions: number) => formatDeficit(Math.round(millions * 1_000_000));
const formatTick = (millions: number) => `£${millions}m`;

/**
 * The deficit trajectory: the agreed plan, the unmitigated forecast and the council's
 * own forecasts, as a line chart and the same figures as a table.
 */
export function TrajectorySection({
  rows,
  councilName,
}: {
  rows: TrajectoryRow[];
  councilName: string;
}) {
  const labels = useMemo(() => rows.map((r) => r.financialYear), [rows]);
  const series = useMemo<LineSeries[]>(
    () => [
      {
        label: 'Agreed plan',
        values: rows.map((r) => (r.planned === undefined ? null : toMillions(r.planned))),
        style: seriesStyle(0),
      },
      {
        label: 'Without any recovery plan',
        values: rows.map((r) => (r.unmitigated === undefined ? null : toMillions(r.unmitigated))),
        style: seriesStyle(4),
      },
      {
        label: 'Council forecast',
        values: rows.map((r) => (r.forecast === undefined ? null : toMillions(r.forecast))),
        style: seriesStyle(1),
      },
    ],
    [rows],
  );
  if (rows.length === 0) {
    return <p class="govuk-body">The agreement has no trajectory yet.</p>;
  }
  return (
    <>
      <p class="govuk-body">
        The cumulative DSG deficit at the end of each financial year. A negative figure would be a
        surplus. The council’s forecast is from its latest submitted return for each year.
      </p>
      <LineChart
        labels={labels}
        series={series}
        summary={`Line chart of ${councilName}’s cumulative DSG deficit by financial year: the agreed plan, the deficit without any recovery plan and the council’s forecast. The table below gives the figures.`}
        yAxisTitle="Cumulative deficit (£m)"
        formatValue={formatValue}
        formatTick={formatTick}
      />
      <Table
        label="Deficit trajectory figures"
        caption="Cumulative DSG deficit at year end"
        captionSize="s"
        class="app-table--numeric"
        head={
          <>
            <ColumnHeader>Financial year</ColumnHeader>
            <ColumnHeader numeric>Agreed plan</ColumnHeader>
            <ColumnHeader numeric>Without any recovery plan</ColumnHeader>
            <ColumnHeader numeric>Council forecast</ColumnHeader>
          </>
        }
      >
        {rows.map((row) => (
          <tr key={row.financialYear} class="govuk-table__row">
            <th scope="row" class="govuk-table__header">
              {row.financialYear}
            </th>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {row.planned === undefined ? 'None' : formatDeficit(row.planned)}
            </td>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {row.unmitigated === undefined ? 'None' : formatDeficit(row.unmitigated)}
            </td>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {row.forecast === undefined ? (
                'No return'
              ) : (
                <>
                  {formatDeficit(row.forecast)}
                  {row.forecastPeriod && (
                    <span class="govuk-body-s app-cell-note">
                      {' '}
                      at {periodName(row.forecastPeriod)}
                    </span>
                  )}
                </>
              )}
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}
