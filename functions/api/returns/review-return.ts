import type { Principal } from '../../../shared/auth';
import { ConditionFailedError } from '../../../shared/data/errors';
import { getReturn } from '../../../shared/data/returns/get-return';
import type { ReturnRecord } from '../../../shared/data/returns/return-record';
import { writeReturnChange } from '../../../shared/data/returns/write-return-change';
import {
  actorOf,
  canReviewReturn,
  ConflictError,
  NotFoundError,
  statusAfterReview,
} from '../../../shared/domain';
import type { ReviewInput } from '../../../shared/schemas/return-content';
import type { AppDeps } from '../env';
import { requireAgreement } from '../require-council';
import { returnDetail } from './return-views';

/** DfE accepts a submitted return, or returns it to the council with comments. */
export async function reviewReturn(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; period: string; input: ReviewInput },
) {
  const { laCode, period, input } = request;
  const { store } = deps;
  const now = deps.now();
  const [agreement, record] = await Promise.all([
    requireAgreement(store, laCode),
    getReturn(store, laCode, period),
  ]);
  if (!record) throw new NotFoundError(`A return for ${period}`);
  if (!canReviewReturn(record.status)) {
    throw new ConflictError(
      `Only a submitted return can be reviewed; the return for ${period} is ${record.status}.`,
    );
  }

  const at = now.toISOString();
  const actor = actorOf(principal);
  const review = {
    decision: input.decision,
    ...(input.comments ? { comments: input.comments } : {}),
    reviewedAt: at,
    reviewedBy: actor,
  };
  const status = statusAfterReview(input.decision);
  const next: ReturnRecord = {
    ...record,
    status,
    version: record.version + 1,
    review,
    updatedAt: at,
    updatedBy: actor,
  };
  try {
    await writeReturnChange(
      store,
      {
        previous: record,
        next,
        history: {
          period,
          version: next.version,
          action: status === 'accepted' ? 'accepted' : 'returned',
          status,
          at,
          actor,
          review,
        },
        audit: {
          actor,
          action: `return.${status}`,
          entity: `return ${period}`,
          before: { version: record.version, status: record.status },
          after: { version: next.version, status, review },
        },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new ConflictError(
        'Someone else reviewed or changed this return at the same time. Reload it.',
      );
    }
    throw error;
  }
  return returnDetail(next, agreement, now);
}
