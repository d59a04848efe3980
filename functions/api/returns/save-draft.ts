import type { Principal } from '../../../shared/auth';
import { ConditionFailedError } from '../../../shared/data/errors';
import { changedFields } from '../../../shared/data/returns/changed-fields';
import { getReturn } from '../../../shared/data/returns/get-return';
import type { ReturnRecord } from '../../../shared/data/returns/return-record';
import { writeReturnChange } from '../../../shared/data/returns/write-return-change';
import {
  actorOf,
  canEditReturn,
  checkVersion,
  ConflictError,
  InvalidError,
  StaleVersionError,
  periodFinancialYear,
  periodProblems,
  periodDueDate,
  unknownMitigations,
} from '../../../shared/domain';
import type { ReturnDraft } from '../../../shared/schemas/return-content';
import type { AppDeps } from '../env';
import { requireAgreement } from '../require-council';
import { returnDetail } from './return-views';

/**
 * Saves a draft of a period's return: the first save creates it; later saves must name
 * the version they were based on, and only drafts and returned returns can change.
 */
export async function saveDraft(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; period: string; content: ReturnDraft; ifMatch: string | undefined },
) {
  const { laCode, period, content, ifMatch } = request;
  const { store } = deps;
  const now = deps.now();
  // One round trip for both reads: the return is only looked at once the agreement allows it.
  const [agreement, previous] = await Promise.all([
    requireAgreement(store, laCode),
    getReturn(store, laCode, period),
  ]);
  const problems = periodProblems(period, agreement);
  if (problems.length > 0) {
    throw new InvalidError(
      `${period} cannot take a return under this agreement.`,
      problems.map((message) => ({ path: 'period', message })),
    );
  }

  const unknown = unknownMitigations(content, agreement);
  if (unknown.length > 0)
    throw new InvalidError('The return names mitigations the agreement does not have.', unknown);

  checkVersion(ifMatch, previous?.version);
  if (previous && !canEditReturn(previous.status)) {
    throw new ConflictError(
      `The return for ${period} is ${previous.status}: only drafts and returned returns can be edited.`,
    );
  }

  const at = now.toISOString();
  const actor = actorOf(principal);
  const next: ReturnRecord = {
    ...(previous
      ? withoutReady(previous)
      : {
          laCode,
          period,
          financialYear: periodFinancialYear(period),
          status: 'draft',
          createdAt: at,
        }),
    dueOn: periodDueDate(period, agreement.returnDueDays),
    version: (previous?.version ?? 0) + 1,
    content,
    updatedAt: at,
    updatedBy: actor,
  };
  try {
    await writeReturnChange(
      store,
      {
        previous,
        next,
        history: {
          period,
          version: next.version,
          action: 'saved',
          status: next.status,
          at,
          actor,
          content,
        },
        audit: {
          actor,
          action: previous ? 'return.saved' : 'return.created',
          entity: `return ${period}`,
          ...(previous ? { before: { version: previous.version, status: previous.status } } : {}),
          after: {
            version: next.version,
            status: next.status,
            changed: changedFields(previous?.content, content),
          },
        },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new StaleVersionError(
        'Someone else saved this return at the same time. Reload it to see their changes.',
      );
    }
    throw error;
  }
  return { created: !previous, detail: returnDetail(next, agreement, now) };
}

/** Any edit clears "ready for sign-off": the approver would otherwise sign off something else. */
function withoutReady({ readyForSignOff: _ready, ...rest }: ReturnRecord): ReturnRecord {
  return rest;
}
