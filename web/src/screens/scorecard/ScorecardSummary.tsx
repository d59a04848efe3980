import type { ScorecardMeasureView } from '../../api/scorecard';
import { ColumnHeader, Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatFigure, formatMonth, TREND_COLOURS, TREND_NAMES } from '../../scorecard/format';

/** One row per measure: the latest figure, its target, the comparators for that month, the trend. */
export function ScorecardSummary({ measures }: { measures: ScorecardMeasureView[] }) {
  return (
    <Table
      label="Scorecard summary"
      caption="Each measure’s latest month"
      captionSize="s"
      head={
        <>
          <ColumnHeader>Measure</ColumnHeader>
          <ColumnHeader numeric>Latest</ColumnHeader>
          <ColumnHeader numeric>Target</ColumnHeader>
          <ColumnHeader numeric>National</ColumnHeader>
          <ColumnHeader numeric>Statistical neighbours</ColumnHeader>
          <ColumnHeader numeric>Region</ColumnHeader>
          <ColumnHeader>Trend</ColumnHeader>
        </>
      }
    >
      {measures.map((m) => {
        const last = m.series.at(-1);
        const show = (value: number | undefined) =>
          value === undefined ? '–' : formatFigure(m.unit, value);
        return (
          <tr key={m.key} class="govuk-table__row">
            <th scope="row" class="govuk-table__header">
              <a class="govuk-link" href={`#measure-${m.key}`}>
                {m.title}
              </a>
              {m.local && <span class="app-cell-note">Local measure</span>}
            </th>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {m.latest ? (
                <>
                  {formatFigure(m.unit, m.latest.value)}
                  <span class="app-cell-note">{formatMonth(m.latest.month)}</span>
                </>
              ) : (
                'No figures yet'
              )}
            </td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{show(m.target)}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {show(last?.comparators.national)}
            </td>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {show(last?.comparators.statisticalNeighbours)}
            </td>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {show(last?.comparators.region)}
            </td>
            <td class="govuk-table__cell">
              <Tag colour={TREND_COLOURS[m.trend]}>{TREND_NAMES[m.trend]}</Tag>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
