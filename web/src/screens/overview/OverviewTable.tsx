import { formatMillions, owesReturns } from '../../../../shared/domain';
import type { OverviewQuery, OverviewRow } from '../../api/overview';
import { Link } from '../../components/Link';
import { RagTag } from '../../components/RagTag';
import { ReturnStatusTag } from '../../components/ReturnStatusTag';
import { ColumnHeader, Table } from '../../components/Table';
import { PLAN_STATUS_TEXT } from '../reform/load-reform';
import { Tag } from '../../components/Tag';
import { AGREEMENT_STATUS_NAMES, periodName } from '../../display/labels';
import { formatDeficit, formatSignedPct, formatVariance } from '../../display/money';
import { formatDate } from '../../format';
import { paths } from '../../routes/paths';
import { SortHeader } from './SortHeader';
import { awaitsOverdueDecision } from '../../payments/payments';
import { todayInUk } from '../../returns/schedule';

/** The stability grant's status, in words. */
const GRANT_STATUS_TEXT: Record<string, string> = {
  ineligible: 'Ineligible',
  'awaiting-figures': 'Awaiting figures',
  'awaiting-plan-approval': 'Awaiting plan approval',
  payable: 'Payable',
  paid: 'Paid',
};

/**
 * Every council for the period: its return, its forecast against plan, its latest known
 * position, alerts and payments. On a narrow screen each row stacks into a card, each
 * figure under its column's name (`data-label`), so nothing scrolls sideways.
 */
export function OverviewTable(props: {
  rows: OverviewRow[];
  query: OverviewQuery;
  period: string;
}) {
  const { rows, query, period } = props;
  const today = todayInUk();
  return (
    <Table
      label="Councils"
      caption={<>Councils for {periodName(period)}</>}
      class="app-overview-table app-stacked-table"
      head={
        <>
          <SortHeader query={query} period={period} sort="name">
            Council
          </SortHeader>
          <SortHeader query={query} period={period} sort="late">
            Return
          </SortHeader>
          <ColumnHeader numeric>Forecast deficit</ColumnHeader>
          <SortHeader query={query} period={period} sort="variance" numeric>
            Against plan
          </SortHeader>
          <ColumnHeader numeric>Latest return</ColumnHeader>
          <ColumnHeader>Alerts</ColumnHeader>
          <ColumnHeader numeric>Paid by DfE</ColumnHeader>
          <ColumnHeader>Reform plan</ColumnHeader>
          <ColumnHeader numeric>Stability grant</ColumnHeader>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.laCode} class="govuk-table__row">
          <th scope="row" class="govuk-table__header">
            <Link class="govuk-link" href={paths.council(row.laCode)}>
              {row.name}
            </Link>
            <span class="app-cell-note">{row.region ?? `LA ${row.laCode}`}</span>
          </th>
          <td class="govuk-table__cell" data-label="Return">
            {row.agreementStatus === null ? (
              <span class="app-secondary-text">No agreement</span>
            ) : (
              <>
                <span class="app-tags">
                  {row.period && row.returnStatus !== 'missing' ? (
                    <Link
                      class="govuk-link app-tag-link"
                      href={paths.returnPage(row.laCode, row.period)}
                      aria-label={`${row.name} return for ${periodName(row.period)}: ${row.returnStatus}`}
                    >
                      <ReturnStatusTag status={row.returnStatus} />
                    </Link>
                  ) : (
                    <ReturnStatusTag status={row.returnStatus} />
                  )}
                  {row.late && <Tag colour="red">Late</Tag>}
                </span>
                {row.period && row.dueOn && (
                  <span class="app-cell-note">
                    {periodName(row.period)}, due {formatDate(row.dueOn)}
                  </span>
                )}
              </>
            )}
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric" data-label="Forecast deficit">
            {row.forecastCumulativeDeficit === null
              ? '–'
              : formatDeficit(row.forecastCumulativeDeficit)}
            {row.plannedCumulativeDeficit !== null && (
              <span class="app-cell-note">Plan {formatDeficit(row.plannedCumulativeDeficit)}</span>
            )}
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric" data-label="Against plan">
            {row.variance === null ? '–' : formatVariance(row.variance)}
            {row.variancePct !== null && (
              <span class="app-cell-note">{formatSignedPct(row.variancePct)}</span>
            )}
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric" data-label="Latest return">
            {row.latest === null ? (
              <span class="app-secondary-text">None submitted</span>
            ) : (
              <>
                {row.latest.variance === null ? '–' : formatVariance(row.latest.variance)}
                <span class="app-cell-note">{periodName(row.latest.period)}</span>
              </>
            )}
          </td>
          <td class="govuk-table__cell" data-label="Alerts">
            {row.agreementStatus !== null &&
            !owesReturns(row.agreementStatus) &&
            row.rag === 'green' ? (
              // A rejected, proposed or completed agreement is not being monitored: not "green".
              <Tag colour="grey">{AGREEMENT_STATUS_NAMES[row.agreementStatus]}</Tag>
            ) : (
              <RagTag rag={row.rag} />
            )}
            <span class="app-cell-note">
              {row.openAlerts.red + row.openAlerts.amber === 0 ? (
                'No open alerts'
              ) : (
                <Link class="govuk-link" href={paths.councilAlerts(row.laCode)}>
                  {row.openAlerts.red} red, {row.openAlerts.amber} amber
                  <span class="govuk-visually-hidden"> open alerts for {row.name}</span>
                </Link>
              )}
            </span>
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric" data-label="Paid by DfE">
            {formatMillions(row.dfePaidToDate)}
            {row.nextTranche && (
              <span class="app-cell-note">
                {awaitsOverdueDecision(row.nextTranche, today) ? 'Decision overdue' : 'Next'}{' '}
                {formatMillions(row.nextTranche.amount)}, {formatDate(row.nextTranche.dueOn)}
                {row.nextTranche.status !== 'scheduled' && ` (${row.nextTranche.status})`}
              </span>
            )}
          </td>
          <td class="govuk-table__cell" data-label="Reform plan">
            {PLAN_STATUS_TEXT[row.reformPlanStatus] ?? row.reformPlanStatus}
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric" data-label="Stability grant">
            {row.stabilityGrant.grant === null ? '—' : formatMillions(row.stabilityGrant.grant)}
            <span class="app-cell-note">{GRANT_STATUS_TEXT[row.stabilityGrant.status]}</span>
          </td>
        </tr>
      ))}
    </Table>
  );
}
