import type { MitigationSavingsList } from '../../../../shared/schemas/plan-views';
import { formatMillions, compareFinancialYears } from '../../../../shared/domain';
import { RagTag } from '../../components/RagTag';
import { ColumnHeader, Table } from '../../components/Table';
import { periodName } from '../../display/labels';

/** The year to show: the latest with submitted savings, else the first with a plan. */
export function savingsYear(list: MitigationSavingsList): string | undefined {
  const reported = list.totals.filter((t) => t.forecastSavings !== undefined);
  const years = (reported.length > 0 ? reported : list.totals).map((t) => t.financialYear);
  const sorted = [...years].sort(compareFinancialYears);
  return reported.length > 0 ? sorted.at(-1) : sorted[0];
}

const money = (pounds: number | undefined) =>
  pounds === undefined ? 'Not reported' : formatMillions(pounds);

/**
 * Planned against forecast savings for each of the agreement's mitigations and in total,
 * for one financial year, from the latest submitted return of that year.
 */
export function MitigationsSection({ list }: { list: MitigationSavingsList }) {
  const year = savingsYear(list);
  if (list.items.length === 0 || !year) {
    return <p class="govuk-body">The agreement lists no mitigations.</p>;
  }
  const total = list.totals.find((t) => t.financialYear === year);
  const periods = new Set(
    list.items.flatMap((m) => m.years.filter((y) => y.financialYear === year && y.period)),
  );
  const period = [...periods][0]?.period;
  return (
    <>
      <p class="govuk-body">
        Savings planned by each of the agreement’s mitigations for {year}, against the savings
        forecast {period ? `in the return for ${periodName(period)}` : 'once a return is submitted'}
        .
      </p>
      <Table
        label="Savings by mitigation"
        caption={`Savings by mitigation, ${year}`}
        captionSize="s"
        class="app-table--numeric"
        head={
          <>
            <ColumnHeader>Mitigation</ColumnHeader>
            <ColumnHeader numeric>Planned</ColumnHeader>
            <ColumnHeader numeric>Forecast</ColumnHeader>
            <ColumnHeader numeric>Forecast less planned</ColumnHeader>
            <ColumnHeader numeric>To date</ColumnHeader>
            <ColumnHeader>RAG</ColumnHeader>
          </>
        }
      >
        {list.items.map((m) => {
          const y = m.years.find((x) => x.financialYear === year);
          const planned = y?.plannedSavings ?? 0;
          return (
            <tr key={m.id} class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                {m.title}
                {m.workstream && <span class="govuk-body-s app-cell-note"> ({m.workstream})</span>}
              </th>
              <td class="govuk-table__cell govuk-table__cell--numeric">
                {formatMillions(planned)}
              </td>
              <td class="govuk-table__cell govuk-table__cell--numeric">
                {money(y?.forecastSavings)}
              </td>
              <td class="govuk-table__cell govuk-table__cell--numeric">
                {y?.forecastSavings === undefined
                  ? ''
                  : formatMillions(y.forecastSavings - planned)}
              </td>
              <td class="govuk-table__cell govuk-table__cell--numeric">
                {money(y?.savingsToDate)}
              </td>
              <td class="govuk-table__cell">{y?.rag ? <RagTag rag={y.rag} /> : 'Not reported'}</td>
            </tr>
          );
        })}
        {total && (
          <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header">
              All mitigations
            </th>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              <strong>{formatMillions(total.plannedSavings)}</strong>
            </td>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              <strong>{money(total.forecastSavings)}</strong>
            </td>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {total.forecastSavings === undefined
                ? ''
                : formatMillions(total.forecastSavings - total.plannedSavings)}
            </td>
            <td class="govuk-table__cell govuk-table__cell--numeric">
              {money(total.savingsToDate)}
            </td>
            <td class="govuk-table__cell"></td>
          </tr>
        )}
      </Table>
    </>
  );
}
