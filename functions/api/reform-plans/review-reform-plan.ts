import type { Principal } from '../../../shared/auth';
import { ConditionFailedError } from '../../../shared/data/errors';
import { getReformPlan } from '../../../shared/data/reform-plans/get-reform-plan';
import type { ReformPlanRecord } from '../../../shared/data/reform-plans/reform-plan-record';
import { writeReformPlanChange } from '../../../shared/data/reform-plans/write-reform-plan-change';
import {
  ConflictError,
  InvalidError,
  NotFoundError,
  canReviewReformPlan,
  checkPlanReview,
  statusAfterPlanReview,
} from '../../../shared/domain';
import type {
  PlanReview,
  ReformPlan,
  ReviewReformPlanInput,
} from '../../../shared/schemas/reform-plan';
import type { AppDeps } from '../env';
import { reformPlanView } from './reform-plan-view';
import { requireExistingCouncil } from './require-existing-council';

/**
 * DfE rates every section of a submitted plan and approves it, or returns it to the
 * council with comments. The review's history item is the event that tells the
 * council's people (a notification, not an alert).
 */
export async function reviewReformPlan(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; input: ReviewReformPlanInput },
): Promise<ReformPlan> {
  const { laCode, input } = request;
  const { store } = deps;
  const now = deps.now();
  await requireExistingCouncil(store, laCode);
  const record = await getReformPlan(store, laCode);
  if (!record) throw new NotFoundError('The reform plan');
  if (!canReviewReformPlan(record.status)) {
    throw new ConflictError(
      `Only a submitted reform plan can be reviewed; this plan is ${record.status}.`,
    );
  }
  const sections = record.submittedSections ?? [];
  const errors = checkPlanReview(input, sections);
  if (errors.length > 0) throw new InvalidError('The review cannot be recorded.', errors);

  const at = now.toISOString();
  const actor = { sub: principal.sub, role: principal.role };
  const review: PlanReview = {
    decision: input.decision,
    ...(input.comments ? { comments: input.comments } : {}),
    ratings: input.ratings,
    reviewedAt: at,
    reviewedBy: actor,
  };
  const status = statusAfterPlanReview(input.decision);
  const next: ReformPlanRecord = {
    ...record,
    status,
    version: record.version + 1,
    review,
    updatedAt: at,
    updatedBy: actor,
  };
  try {
    await writeReformPlanChange(
      store,
      {
        previous: record,
        next,
        history: {
          version: next.version,
          action: input.decision === 'approve' ? 'approved' : 'returned',
          status,
          at,
          actor,
          review,
        },
        audit: {
          actor,
          action: `reform-plan.${status}`,
          entity: 'reform plan',
          before: { version: record.version, status: record.status },
          after: { version: next.version, status, review },
        },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new ConflictError(
        'Someone else reviewed or changed this reform plan at the same time. Reload it.',
      );
    }
    throw error;
  }
  return reformPlanView(next);
}
