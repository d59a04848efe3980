import { useMemo } from 'preact/hooks';
import type { Comparison } from '../../api/compare';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { seriesStyle } from '../../charts/series-styles';
import { compareGrid, hasPlan } from '../../compare/compare-grid';
import { axisTitle, chartValue, formatMeasure } from '../../compare/format-measure';
import { isScorecardMeasure, measureLabel } from '../../compare/measures';
import { periodOrMonthName as periodName } from '../../display/labels';
import { formatMonth } from '../../format';
import { CompareTable } from './CompareTable';

/** The comparison as a line chart, and the same figures as a table. */
export function CompareResults({ comparison }: { comparison: Comparison }) {
  const { measure, unit, series, national } = comparison;
  const scorecard = isScorecardMeasure(measure);
  const grid = useMemo(() => compareGrid(series, national), [series, national]);
  const withNational = grid.some((row) => row.national !== undefined);
  const withPlan = hasPlan(series);
  const labels = useMemo(() => grid.map((row) => formatMonth(row.periodEnd)), [grid]);
  const lines = useMemo<LineSeries[]>(
    () =>
      series
        .flatMap((s, index): LineSeries[] => {
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
              label: `${s.name} (${scorecard ? 'target' : 'plan'})`,
              values: planned,
              style: { ...style, dash: [3, 3], point: 'crossRot' },
            },
          ];
        })
        .concat(
          withNational
            ? [
                {
                  label: 'National',
                  values: grid.map((row) =>
                    row.national === undefined ? null : chartValue(unit, row.national),
                  ),
                  style: { colour: '#0b0c0c', dash: [1, 3], point: 'star' as const },
                },
              ]
            : [],
        ),
    [series, grid, unit, withNational, scorecard],
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
  const name = comparison.title ?? measureLabel(measure);
  if (grid.length === 0) {
    return (
      <p class="govuk-body">
        None of these councils has {scorecard ? 'scorecard figures for' : 'submitted a return with'}{' '}
        this measure between {periodName(comparison.from)} and {periodName(comparison.to)}.
      </p>
    );
  }
  return (
    <>
      <h2 class="govuk-heading-m">{name}</h2>
      <p class="govuk-body">
        {scorecard ? (
          <>
            From councils’ monthly scorecards, {periodName(comparison.from)} to{' '}
            {periodName(comparison.to)}
            {withPlan ? ', with each council’s target as a dotted line' : ''}
            {withNational ? ' and the published national figure' : ''}.
          </>
        ) : (
          <>
            From submitted returns, {periodName(comparison.from)} to {periodName(comparison.to)}, by
            the date each period ends
            {withPlan ? ', with each council’s agreed plan as a dotted line' : ''}.
          </>
        )}
      </p>
      <LineChart
        labels={labels}
        series={lines}
        summary={`Line chart of ${name.toLowerCase()} for ${series.map((s) => s.name).join(', ')}. The table below gives the figures.`}
        yAxisTitle={axisTitle(unit)}
        formatValue={formatValue}
        formatTick={formatTick}
      />
      <CompareTable
        comparison={comparison}
        grid={grid}
        withPlan={withPlan}
        withNational={withNational}
      />
    </>
  );
}
