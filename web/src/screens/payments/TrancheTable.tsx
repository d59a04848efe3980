import { formatMillions } from '../../../../shared/domain';
import type { TrancheView } from '../../api/tranches';
import { Link } from '../../components/Link';
import { ColumnHeader, Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { awaitsOverdueDecision } from '../../payments/payments';
import { todayInUk } from '../../returns/schedule';
import { TrancheStatusTag } from '../../components/TrancheStatusTag';
import { formatDate } from '../../format';
import { paths } from '../../routes/paths';

/** The agreement's payments from DfE (tranches): amount, due date, linked conditions, status. */
export function TrancheTable(props: {
  laCode: string;
  tranches: TrancheView[];
  conditionTitles: Map<string, string>;
  canDecide: boolean;
}) {
  const { laCode, tranches, conditionTitles, canDecide } = props;
  const today = todayInUk();
  return (
    <Table
      label="Payments"
      caption="Payments from DfE"
      head={
        <>
          <ColumnHeader>Payment</ColumnHeader>
          <ColumnHeader numeric>Amount</ColumnHeader>
          <ColumnHeader>Due</ColumnHeader>
          <ColumnHeader>Subject to</ColumnHeader>
          <ColumnHeader>Status</ColumnHeader>
          {canDecide && (
            <ColumnHeader>
              <span class="govuk-visually-hidden">Action</span>
            </ColumnHeader>
          )}
        </>
      }
    >
      {tranches.map((tranche) => (
        <tr key={tranche.id} class="govuk-table__row">
          <th scope="row" class="govuk-table__header">
            {tranche.financialYear}
            {tranche.id !== tranche.financialYear && (
              <span class="app-cell-note">{tranche.id}</span>
            )}
          </th>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {formatMillions(tranche.amount)}
          </td>
          <td class="govuk-table__cell">{formatDate(tranche.dueOn)}</td>
          <td class="govuk-table__cell">
            {tranche.conditionIds.length === 0 ? (
              <span class="app-secondary-text">No conditions</span>
            ) : (
              <ul class="govuk-list app-compact-list">
                {tranche.conditionIds.map((id) => (
                  <li key={id}>{conditionTitles.get(id) ?? id}</li>
                ))}
              </ul>
            )}
          </td>
          <td class="govuk-table__cell">
            <span class="app-tags">
              <TrancheStatusTag status={tranche.status} />
              {tranche.backPaid && <Tag colour="teal">Back-paid</Tag>}
              {awaitsOverdueDecision(tranche, today) && <Tag colour="red">Decision overdue</Tag>}
            </span>
          </td>
          {canDecide && (
            <td class="govuk-table__cell">
              {tranche.status !== 'released' && (
                <Link class="govuk-link" href={paths.decide(laCode, tranche.id)}>
                  Decide
                  <span class="govuk-visually-hidden">
                    {' '}
                    on the {tranche.financialYear} payment ({tranche.id})
                  </span>
                </Link>
              )}
            </td>
          )}
        </tr>
      ))}
    </Table>
  );
}
