import { useMemo } from 'preact/hooks';
import type { Comparison } from '../../api/compare';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { seriesStyle } from '../../charts/series-styles';
import { compareGrid, hasPlan } from '../../compare/compare-grid';
import { axisTitle, chartValue, formatMeasure } from '../../compare/format-measure';
import { measureLabel } from '../../compare/measures';
import { periodName } from '../../display/labels';
import { formatMonth } from '../../format';
import { CompareTable } from './CompareTable';

/** The comparison as a line chart, and the same figures as a table. */
export function CompareResults({ comparison }: { comparison: Comparison }) {
  const { measure, unit, series } = comparison;
  const grid = useMemo(() => compareGrid(series), [series]);
  const withPlan = hasPlan(series);
  const labels = useMemo(() => grid.map((row) => formatMonth(row.periodEnd)), [grid]);
  const lines = useMemo<LineSeries[]>(
    () =>
      series.flatMap((s, index) => {
        const style = seriesStyle(index);
        const values = grid.map((row) => {
          const cell = row.cells[s.laCode];
          return cell ? chartValue(unit, cell.value) : null;
        });
        const planned = grid.map((row) => {
          const cell = row.cells[s.laCode];
          return cell?.planned === undefined ? null : chartValue(unit, cell.planned);
        });
        const line: LineSeries = { label: s.name, values, style };
        if (!planned.some((v) => v !== null)) return [line];
        return [
          line,
          {
            label: `${s.name} (plan)`,
            values: planned,
            style: { ...style, dash: [3, 3], point: 'crossRot' },
          },
        ];
      }),
    [series, grid, unit],
  );
  const formatValue = useMemo(
    () => (value: number) =>
      formatMeasure(measure, unit, unit === 'pounds' ? Math.round(value * 1_000_000) : value),
    [measure, unit],
  );
  const formatTick = useMemo(
    () => (value: number) =>
      unit === 'pounds' ? `£${value}m` : unit === 'percent' ? `${value}%` : String(value),
    [unit],
  );
  const name = measureLabel(measure);
  if (grid.length === 0) {
    return (
      <p class="govuk-body">
        None of these councils has submitted a return with this measure between{' '}
        {periodName(comparison.from)} and {periodName(comparison.to)}.
      </p>
    );
  }
  return (
    <>
      <h2 class="govuk-heading-m">{name}</h2>
      <p class="govuk-body">
        From submitted returns, {periodName(comparison.from)} to {periodName(comparison.to)}, by the
        date each period ends{withPlan ? ', with each council’s agreed plan as a dotted line' : ''}.
      </p>
      <LineChart
        labels={labels}
        series={lines}
        summary={`Line chart of ${name.toLowerCase()} for ${series.map((s) => s.name).join(', ')}. The table below gives the figures.`}
        yAxisTitle={axisTitle(unit)}
        formatValue={formatValue}
        formatTick={formatTick}
      />
      <CompareTable comparison={comparison} grid={grid} withPlan={withPlan} />
    </>
  );
}
