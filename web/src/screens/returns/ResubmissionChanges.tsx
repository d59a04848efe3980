import { ColumnHeader, Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../format';
import type { Resubmission } from '../../returns/resubmission';

/**
 * A return submitted again after DfE sent it back: what DfE said then, and what the
 * council changed since its previous submission, answer by answer.
 */
export function ResubmissionChanges({ resubmission }: { resubmission: Resubmission }) {
  const { returns, changes, previousSubmittedAt } = resubmission;
  const since = formatDateTime(previousSubmittedAt);
  return (
    <section class="app-resubmission" aria-labelledby="resubmission-heading">
      <h2 class="govuk-heading-m" id="resubmission-heading">
        <Tag>Resubmission</Tag> Submitted again after DfE returned it
      </h2>
      {returns.map((review) => (
        <div class="govuk-inset-text" key={review.reviewedAt} data-testid="earlier-comments">
          <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
            DfE’s comments when it returned it on {formatDateTime(review.reviewedAt)}
          </p>
          <p class="govuk-body app-multiline govuk-!-margin-bottom-0">
            {review.comments ?? 'No comments were given.'}
          </p>
        </div>
      ))}
      {changes.length === 0 ? (
        <p class="govuk-body">Nothing was changed since it was submitted on {since}.</p>
      ) : (
        <Table
          label="What changed since the previous submission"
          caption={`What changed since it was submitted on ${since}`}
          captionSize="s"
          class="app-stacked-table"
          head={
            <>
              <ColumnHeader>Section</ColumnHeader>
              <ColumnHeader>Answer</ColumnHeader>
              <ColumnHeader>Before</ColumnHeader>
              <ColumnHeader>Now</ColumnHeader>
            </>
          }
        >
          {changes.map((change) => (
            <tr class="govuk-table__row" key={`${change.section}:${change.label}`}>
              <td class="govuk-table__cell" data-label="Section">
                {change.section}
              </td>
              <td class="govuk-table__cell" data-label="Answer">
                {change.label}
              </td>
              <td class="govuk-table__cell app-multiline" data-label="Before">
                {change.before ?? <span class="app-secondary-text">Not given</span>}
              </td>
              <td class="govuk-table__cell app-multiline" data-label="Now">
                {change.after ?? <span class="app-secondary-text">Not given</span>}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
