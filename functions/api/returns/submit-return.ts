import type { Principal } from '../../../shared/auth';
import type { Store } from '../../../shared/data/client';
import { ConditionFailedError } from '../../../shared/data/errors';
import { retryOnConflict } from '../../../shared/data/retry-on-conflict';
import { fingerprint, idempotencyPut } from '../../../shared/data/idempotency';
import { getReturn } from '../../../shared/data/returns/get-return';
import type { ReturnRecord } from '../../../shared/data/returns/return-record';
import { writeReturnChange } from '../../../shared/data/returns/write-return-change';
import {
  getLatestSubmitted,
  latestSubmittedPut,
} from '../../../shared/data/returns/latest-submitted';
import {
  actorOf,
  canSubmitReturn,
  checkReturnComplete,
  ConflictError,
  InvalidError,
  NotFoundError,
  periodProblems,
  supersedesLatest,
} from '../../../shared/domain';
import type { ReturnDetail, SubmitReturnInput } from '../../../shared/schemas/return-content';
import type { AppDeps } from '../env';
import { replayIdempotent } from '../replay-idempotent';
import { requireAgreement } from '../require-council';
import { returnDetail } from './return-views';

const SCOPE = 'submit';

export interface SubmitOutcome {
  status: number;
  body: ReturnDetail;
}

/**
 * Signs off and submits a period's return. Idempotent by key: a repeat with the same
 * key and request gets the first response and changes nothing, even when the two race,
 * because the key's record is written in the submission's own transaction.
 */
export async function submitReturn(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; period: string; input: SubmitReturnInput; idempotencyKey: string },
): Promise<SubmitOutcome> {
  const { laCode, period, input, idempotencyKey } = request;
  const print = fingerprint({ period, input });

  // The first attempt's reads go out with the key's check, in one round trip; a repeat
  // answered from the key's record just leaves them unused (their error too, if any).
  // The trade-off: every first submission saves a sequential round trip, and a replay
  // (a client retrying after a lost response, which is rare) pays three reads it did not
  // need. Reading only after the check would make every submission slower instead.
  let reads: Promise<SubmitState> | undefined = readSubmitState(deps.store, laCode, period);
  reads.catch(() => undefined);
  const replay = await replayIdempotent<ReturnDetail>(deps.store, {
    laCode,
    scope: SCOPE,
    key: idempotencyKey,
    fingerprint: print,
  });
  if (replay) return replay;
  try {
    // Another period's submission at the same moment moves only the council's latest
    // position, not this return: submitting again from the start then succeeds.
    return await retryOnConflict(() => {
      const state = reads ?? readSubmitState(deps.store, laCode, period);
      reads = undefined;
      return submitOnce(deps, principal, request, print, state);
    }, 3);
  } catch (error) {
    // A racing request with the same key may have won after the check above: answer as it did.
    if (error instanceof ConflictError) {
      const raced = await replayIdempotent<ReturnDetail>(deps.store, {
        laCode,
        scope: SCOPE,
        key: idempotencyKey,
        fingerprint: print,
      });
      if (raced) return raced;
    }
    throw error;
  }
}

/** What a submission is decided on: the agreement, the return and the council's latest position. */
function readSubmitState(store: Store, laCode: string, period: string) {
  return Promise.all([
    requireAgreement(store, laCode),
    getReturn(store, laCode, period),
    getLatestSubmitted(store, laCode),
  ]);
}

type SubmitState = Awaited<ReturnType<typeof readSubmitState>>;

async function submitOnce(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; period: string; input: SubmitReturnInput; idempotencyKey: string },
  print: string,
  state: Promise<SubmitState>,
): Promise<SubmitOutcome> {
  const { laCode, period, input, idempotencyKey } = request;
  const { store } = deps;
  const now = deps.now();
  const [agreement, record, latest] = await state;
  if (!record) throw new NotFoundError(`A return for ${period}`);
  if (!canSubmitReturn(record.status)) {
    throw new ConflictError(`The return for ${period} is already ${record.status}.`);
  }
  const problems = periodProblems(period, agreement);
  if (problems.length > 0) {
    throw new InvalidError(
      `${period} cannot take a return under this agreement.`,
      problems.map((message) => ({ path: 'period', message })),
    );
  }
  const gaps = checkReturnComplete(record.content, agreement);
  if (gaps.length > 0) {
    throw new InvalidError(
      `The return is not complete: ${gaps.length} ${gaps.length === 1 ? 'thing needs' : 'things need'} attention before it can be submitted.`,
      gaps,
    );
  }

  const at = now.toISOString();
  const actor = actorOf(principal);
  const { review: _previousReview, readyForSignOff: _ready, ...rest } = record;
  const next: ReturnRecord = {
    ...rest,
    status: 'submitted',
    version: record.version + 1,
    submittedAt: at,
    submittedBy: actor,
    signOff: input.signOff,
    updatedAt: at,
    updatedBy: actor,
  };
  const outcome: SubmitOutcome = { status: 200, body: returnDetail(next, agreement, now) };
  try {
    await writeReturnChange(
      store,
      {
        previous: record,
        next,
        history: {
          period,
          version: next.version,
          action: 'submitted',
          status: 'submitted',
          at,
          actor,
          content: record.content,
          signOff: input.signOff,
        },
        audit: {
          actor,
          action: 'return.submitted',
          entity: `return ${period}`,
          before: { version: record.version, status: record.status },
          after: { version: next.version, status: next.status, signOff: input.signOff },
        },
        extra: [
          ...(supersedesLatest(period, latest)
            ? [
                latestSubmittedPut(
                  store,
                  {
                    laCode,
                    period,
                    financialYear: record.financialYear,
                    submittedAt: at,
                    ...(record.content.finance?.forecastCumulativeDeficit === undefined
                      ? {}
                      : {
                          forecastCumulativeDeficit:
                            record.content.finance.forecastCumulativeDeficit,
                        }),
                  },
                  latest,
                ),
              ]
            : []),
          idempotencyPut(
            store,
            laCode,
            SCOPE,
            idempotencyKey,
            { fingerprint: print, ...outcome },
            now,
          ),
        ],
      },
      now,
    );
  } catch (error) {
    if (!(error instanceof ConditionFailedError)) throw error;
    // A racing request with the same key won: answer as it did.
    const raced = await replayIdempotent<ReturnDetail>(deps.store, {
      laCode,
      scope: SCOPE,
      key: idempotencyKey,
      fingerprint: print,
    });
    if (raced) return raced;
    // The return itself is as it was read: only the latest position moved. Go again.
    const current = await getReturn(store, laCode, period);
    if (current?.version === record.version) throw error;
    throw new ConflictError(
      `The return for ${period} was changed or submitted by someone else at the same time.`,
    );
  }
  return outcome;
}
