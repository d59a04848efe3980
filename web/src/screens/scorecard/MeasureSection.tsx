import { useMemo } from 'preact/hooks';
import type { ScorecardMeasureView } from '../../api/scorecard';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { seriesStyle } from '../../charts/series-styles';
import { ColumnHeader, Table } from '../../components/Table';
import { formatFigure, formatMonth, UNIT_NAMES } from '../../scorecard/format';

type Point = ScorecardMeasureView['series'][number];

const LINES: { label: string; value: (p: Point) => number | undefined }[] = [
  { label: 'Target', value: (p) => p.target },
  { label: 'National', value: (p) => p.comparators.national },
  { label: 'Statistical neighbours', value: (p) => p.comparators.statisticalNeighbours },
  { label: 'Region', value: (p) => p.comparators.region },
];

/** One measure over the months: a chart, and the same figures in a table beside it. */
export function MeasureSection({ measure }: { measure: ScorecardMeasureView }) {
  const { series, unit } = measure;
  const labels = useMemo(() => series.map((p) => formatMonth(p.month)), [series]);
  const lines = useMemo<LineSeries[]>(() => {
    const own: LineSeries = {
      label: 'Council',
      values: series.map((p) => p.value),
      style: seriesStyle(0),
    };
    const others = LINES.flatMap(({ label, value }, i) => {
      const values = series.map((p) => value(p) ?? null);
      return values.some((v) => v !== null) ? [{ label, values, style: seriesStyle(i + 1) }] : [];
    });
    return [own, ...others];
  }, [series]);
  const formatValue = useMemo(() => (value: number) => formatFigure(unit, value), [unit]);
  const show = (value: number | undefined) =>
    value === undefined ? '–' : formatFigure(unit, value);
  const better = measure.better === 'higher' ? 'Higher is better.' : 'Lower is better.';
  return (
    <section class="app-scorecard-measure" aria-labelledby={`measure-${measure.key}`}>
      <h2 class="govuk-heading-m" id={`measure-${measure.key}`}>
        {measure.title}
      </h2>
      <p class="govuk-body">
        {measure.description ?? 'A local measure of the council’s own.'} {better}
      </p>
      {series.length === 0 ? (
        <p class="govuk-body">No figures have been entered for this measure yet.</p>
      ) : (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-half-from-desktop">
            <LineChart
              labels={labels}
              series={lines}
              summary={`Line chart of ${measure.title.toLowerCase()} by month${
                lines.length > 1
                  ? `, with ${lines
                      .slice(1)
                      .map((l) => l.label.toLowerCase())
                      .join(', ')}`
                  : ''
              }. The table gives the figures.`}
              yAxisTitle={UNIT_NAMES[unit]}
              formatValue={formatValue}
            />
          </div>
          <div class="govuk-grid-column-one-half-from-desktop">
            <Table
              label={`${measure.title} by month`}
              caption={<>{measure.title} by month</>}
              head={
                <>
                  <ColumnHeader>Month</ColumnHeader>
                  <ColumnHeader numeric>Council</ColumnHeader>
                  <ColumnHeader numeric>Target</ColumnHeader>
                  <ColumnHeader numeric>National</ColumnHeader>
                  <ColumnHeader numeric>Statistical neighbours</ColumnHeader>
                  <ColumnHeader numeric>Region</ColumnHeader>
                </>
              }
            >
              {series.map((p) => (
                <tr key={p.month} class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">
                    {formatMonth(p.month)}
                  </th>
                  <td class="govuk-table__cell govuk-table__cell--numeric">
                    {formatFigure(unit, p.value)}
                    {p.note && <span class="app-cell-note">{p.note}</span>}
                  </td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{show(p.target)}</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">
                    {show(p.comparators.national)}
                  </td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">
                    {show(p.comparators.statisticalNeighbours)}
                  </td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">
                    {show(p.comparators.region)}
                  </td>
                </tr>
              ))}
            </Table>
          </div>
        </div>
      )}
    </section>
  );
}
