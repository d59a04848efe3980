import { formatMillions } from '../../../../shared/domain/money';
import type { TrancheView } from '../../api/tranches';
import { Link } from '../../components/Link';
import { TableContainer } from '../../components/TableContainer';
import { Tag } from '../../components/Tag';
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
  return (
    <TableContainer label="Payments">
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-visually-hidden">Payments from DfE</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Payment
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Amount
            </th>
            <th scope="col" class="govuk-table__header">
              Due
            </th>
            <th scope="col" class="govuk-table__header">
              Subject to
            </th>
            <th scope="col" class="govuk-table__header">
              Status
            </th>
            {canDecide && (
              <th scope="col" class="govuk-table__header">
                <span class="govuk-visually-hidden">Action</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
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
        </tbody>
      </table>
    </TableContainer>
  );
}
