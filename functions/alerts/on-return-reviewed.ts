import type { ReturnRecord } from '../../shared/data/returns/return-record';
import type { AlertingDeps } from '../../shared/alerts/apply-outcomes';
import { tellPeople } from '../../shared/alerts/people';
import type { Change } from './change';

/** A change to a return is a review when it moves a submitted return on to DfE's decision. */
export function isReview(change: Change): boolean {
  const status = change.after?.status;
  return change.before?.status === 'submitted' && (status === 'accepted' || status === 'returned');
}

/** DfE accepted or returned a return: the council's subscribed people are told. */
export async function onReturnReviewed(change: Change, deps: AlertingDeps): Promise<void> {
  if (!isReview(change)) return;
  const reviewed = change.after as unknown as ReturnRecord;
  await tellPeople(deps, {
    event: reviewed.status === 'accepted' ? 'return-accepted' : 'return-returned',
    laCode: reviewed.laCode,
    period: reviewed.period,
    version: reviewed.version,
    ...(reviewed.review?.comments ? { comments: reviewed.review.comments } : {}),
  });
}
