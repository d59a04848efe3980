import type { Principal } from '../../../shared/auth';
import { ConditionFailedError } from '../../../shared/data/errors';
import { getReturn } from '../../../shared/data/returns/get-return';
import type { ReturnRecord } from '../../../shared/data/returns/return-record';
import { writeReturnChange } from '../../../shared/data/returns/write-return-change';
import {
  actorOf,
  canEditReturn,
  checkVersion,
  ConflictError,
  NotFoundError,
  StaleVersionError,
} from '../../../shared/domain';
import type { AppDeps } from '../env';
import { requireAgreement } from '../require-council';
import { returnDetail } from './return-views';

/**
 * An editor hands a draft (or a returned return) to the approver: it is ready for sign-off
 * until anyone changes it. `If-Match` is optional; when given, it must be current, so
 * that what was checked is what is handed over.
 */
export async function markReadyForSignOff(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; period: string; ifMatch: string | undefined },
) {
  const { laCode, period, ifMatch } = request;
  const { store } = deps;
  const now = deps.now();
  const [agreement, record] = await Promise.all([
    requireAgreement(store, laCode),
    getReturn(store, laCode, period),
  ]);
  if (!record) throw new NotFoundError(`A return for ${period}`);
  if (ifMatch !== undefined) checkVersion(ifMatch, record.version);
  if (!canEditReturn(record.status)) {
    throw new ConflictError(
      `The return for ${period} is ${record.status}: only drafts and returned returns can be sent for sign-off.`,
    );
  }

  const at = now.toISOString();
  const actor = actorOf(principal);
  const readyForSignOff = { by: actor, at };
  const next: ReturnRecord = {
    ...record,
    version: record.version + 1,
    readyForSignOff,
    updatedAt: at,
    updatedBy: actor,
  };
  try {
    await writeReturnChange(
      store,
      {
        previous: record,
        next,
        history: { period, version: next.version, action: 'ready', status: next.status, at, actor },
        audit: {
          actor,
          action: 'return.ready-for-sign-off',
          entity: `return ${period}`,
          before: { version: record.version, status: record.status },
          after: { version: next.version, status: next.status, readyForSignOff },
        },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new StaleVersionError(
        'Someone else changed this return at the same time. Reload it, check it, and send it again.',
      );
    }
    throw error;
  }
  return returnDetail(next, agreement, now);
}
