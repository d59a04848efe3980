import type { ReformPlanRecord } from '../../shared/data/reform-plans/reform-plan-record';
import type { AlertingDeps } from '../../shared/alerts/apply-outcomes';
import { tellPeople } from '../../shared/alerts/people';
import type { Change } from './change';

/** DfE approved or returned a submitted reform plan: the council's subscribed people are told. */
export async function onReformPlanReviewed(change: Change, deps: AlertingDeps): Promise<void> {
  const status = change.after?.status;
  if (change.before?.status !== 'submitted' || (status !== 'approved' && status !== 'returned'))
    return;
  const plan = change.after as unknown as ReformPlanRecord;
  if (!plan.review) return;
  await tellPeople(deps, {
    event: 'plan-reviewed',
    laCode: plan.laCode,
    decision: plan.review.decision,
    version: plan.version,
    ...(plan.review.comments ? { comments: plan.review.comments } : {}),
  });
}
