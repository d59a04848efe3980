import type { ConditionView } from '../../../../shared/schemas/condition-view';
import { ConditionStatusTag } from '../../components/ConditionStatusTag';
import { ColumnHeader, Table } from '../../components/Table';
import { periodName } from '../../display/labels';
import { formatDate } from '../../format';

/** A condition period by period: what the council reported, and how DfE assessed it. */
export function ConditionHistory({ condition }: { condition: ConditionView }) {
  if (condition.history.length === 0) {
    return (
      <p class="govuk-body">
        No submitted return has reported on this condition yet, and DfE has not assessed it.
      </p>
    );
  }
  const newestFirst = [...condition.history].reverse();
  const count = newestFirst.length;
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          History by period ({count} {count === 1 ? 'period' : 'periods'})
        </span>
      </summary>
      <div class="govuk-details__text app-details__table">
        <Table
          label={`History of ${condition.title}`}
          caption={<>History of {condition.title} by period</>}
          head={
            <>
              <ColumnHeader class="app-table__period">Period</ColumnHeader>
              <ColumnHeader>Council’s status</ColumnHeader>
              <ColumnHeader>DfE assessment</ColumnHeader>
            </>
          }
        >
          {newestFirst.map((entry) => (
            <tr key={entry.period} class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                {periodName(entry.period)}
              </th>
              <td class="govuk-table__cell">
                {entry.councilStatus ? (
                  <>
                    <ConditionStatusTag status={entry.councilStatus.status} />
                    {entry.councilStatus.statement && (
                      <span class="app-cell-note app-multiline">
                        {entry.councilStatus.statement}
                      </span>
                    )}
                    {entry.councilStatus.evidence && (
                      <span class="app-cell-note app-multiline">
                        Evidence: {entry.councilStatus.evidence}
                      </span>
                    )}
                  </>
                ) : (
                  <span class="app-secondary-text">Not reported</span>
                )}
              </td>
              <td class="govuk-table__cell">
                {entry.assessments.length === 0 ? (
                  <span class="app-secondary-text">Not assessed</span>
                ) : (
                  [...entry.assessments].reverse().map((assessment) => (
                    <div key={assessment.assessedAt} class="app-assessment">
                      <ConditionStatusTag status={assessment.status} />
                      <span class="app-cell-note app-multiline">{assessment.note}</span>
                      <span class="app-cell-note">
                        Assessed {formatDate(assessment.assessedAt)}
                      </span>
                    </div>
                  ))
                )}
              </td>
            </tr>
          ))}
        </Table>
      </div>
    </details>
  );
}
