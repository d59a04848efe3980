import { useMemo } from 'preact/hooks';
import type { RecoveryProfileRow } from '../../../../shared/schemas/plan-views';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { seriesStyle } from '../../charts/series-styles';
import { ColumnHeader, Table } from '../../components/Table';
import { formatDeficit, toMillions } from '../../display/money';
import { formatMillions } from '../../../../shared/domain';

const formatValue = (millions: number) => formatDeficit(Math.round(millions * 1_000_000));
const formatTick = (millions: number) => `£${millions}m`;

/** The rows of the DSG management plan's recovery profile, each saying what it is. */
export const PROFILE_ROWS: {
  key: keyof RecoveryProfileRow;
  label: string;
  money: 'deficit' | 'amount';
}[] = [
  {
    key: 'unmitigatedCumulativeDeficit',
    label: 'Cumulative deficit without any recovery plan',
    money: 'deficit',
  },
  {
    key: 'mitigatedCumulativeDeficit',
    label: 'Cumulative deficit with the council’s recovery plan, before DfE contributions',
    money: 'deficit',
  },
  {
    key: 'afterEarlierContributions',
    label: 'The same after earlier years’ contributions',
    money: 'deficit',
  },
  { key: 'dfeContribution', label: 'DfE contribution in the year', money: 'amount' },
  { key: 'councilContribution', label: 'Council contribution in the year', money: 'amount' },
  { key: 'programmeCost', label: 'Programme cost in the year', money: 'amount' },
  { key: 'plannedCumulativeDeficit', label: 'Cumulative deficit agreed', money: 'deficit' },
];

/** A cell: £m to three decimals; a deficit row says "surplus" below zero. */
function cell(row: RecoveryProfileRow, key: keyof RecoveryProfileRow, money: string): string {
  const value = row[key];
  if (typeof value !== 'number') return 'Not given';
  return money === 'deficit' ? formatDeficit(value) : formatMillions(value);
}

/**
 * The recovery profile in the shape of the DSG management plan (Bury published its plan
 * so): one column per financial year, one row per line of the plan, a chart beside it,
 * and a note under any year whose rows do not add up to the deficit agreed.
 */
export function RecoveryProfileSection({
  rows,
  councilName,
}: {
  rows: RecoveryProfileRow[];
  councilName: string;
}) {
  const shown = PROFILE_ROWS.filter(
    (r) =>
      rows.some((row) => row[r.key] !== undefined && row[r.key] !== 0) ||
      r.key === 'dfeContribution' ||
      r.key === 'plannedCumulativeDeficit',
  );
  const series = useMemo<LineSeries[]>(
    () =>
      [
        ['unmitigatedCumulativeDeficit', 'Without any recovery plan', 4],
        ['mitigatedCumulativeDeficit', 'With the recovery plan, before DfE contributions', 2],
        ['afterEarlierContributions', 'After earlier years’ contributions', 3],
        ['plannedCumulativeDeficit', 'Cumulative deficit agreed', 0],
      ]
        .filter(([key]) => rows.some((r) => r[key as keyof RecoveryProfileRow] !== undefined))
        .map(([key, label, style]) => ({
          label: label as string,
          values: rows.map((r) => {
            const v = r[key as keyof RecoveryProfileRow];
            return typeof v === 'number' ? toMillions(v) : null;
          }),
          style: seriesStyle(style as number),
        })),
    [rows],
  );
  if (rows.length === 0) return <p class="govuk-body">The agreement has no trajectory yet.</p>;
  const unreconciled = rows.filter((r) => !r.reconciles);
  return (
    <>
      <p class="govuk-body">
        How the agreed cumulative DSG deficit is reached each year, as in the council’s DSG
        management plan: the deficit with the council’s own recovery plan, less DfE’s and the
        council’s contributions, plus the programme’s cost. £m to three decimals.
      </p>
      {unreconciled.length > 0 && (
        <div class="govuk-warning-text" id="recovery-profile-note">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            {unreconciled
              .map(
                (r) =>
                  `${r.financialYear} does not reconcile: the deficit agreed is ${formatMillions(Math.abs(r.difference))} ${r.difference > 0 ? 'more' : 'less'} than the rows above it give`,
              )
              .join('. ')}
            .
          </strong>
        </div>
      )}
      <div class="app-profile">
        <div class="app-profile__chart">
          <LineChart
            labels={rows.map((r) => r.financialYear)}
            series={series}
            summary={`Line chart of ${councilName}’s recovery profile by financial year. The table beside it gives the figures.`}
            yAxisTitle="Cumulative deficit (£m)"
            formatValue={formatValue}
            formatTick={formatTick}
          />
        </div>
        <div class="app-profile__table">
          <Table
            label="Recovery profile figures"
            caption="DSG recovery profile (£m)"
            captionSize="s"
            class="app-table--numeric"
            head={
              <>
                <ColumnHeader>Row</ColumnHeader>
                {rows.map((r) => (
                  <ColumnHeader key={r.financialYear} numeric>
                    {r.financialYear}
                  </ColumnHeader>
                ))}
              </>
            }
          >
            {shown.map((line) => (
              <tr key={line.key} class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  {line.label}
                </th>
                {rows.map((r) => (
                  <td key={r.financialYear} class="govuk-table__cell govuk-table__cell--numeric">
                    {cell(r, line.key, line.money)}
                  </td>
                ))}
              </tr>
            ))}
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                Reconciles
              </th>
              {rows.map((r) => (
                <td key={r.financialYear} class="govuk-table__cell govuk-table__cell--numeric">
                  {r.reconciles ? 'Yes' : `No, ${formatMillions(r.difference)} out`}
                </td>
              ))}
            </tr>
          </Table>
        </div>
      </div>
    </>
  );
}
