import type { Review } from '../../../../shared/schemas/return-content';
import { NotificationBanner } from '../../components/NotificationBanner';
import { formatDateTime } from '../../format';

/** DfE's comments on a return sent back, shown first so nobody misses them. */
export function ReviewComments({ review, editable }: { review: Review; editable: boolean }) {
  return (
    <NotificationBanner
      heading={`DfE returned this return on ${formatDateTime(review.reviewedAt)}`}
    >
      <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">DfE’s comments</p>
      <div class="app-multiline govuk-body" data-testid="review-comments">
        {review.comments ?? 'No comments were given.'}
      </div>
      {editable && (
        <p class="govuk-body">Make the changes DfE asked for, then submit the return again.</p>
      )}
    </NotificationBanner>
  );
}
