import type { Principal } from '../../../shared/auth';
import { ConditionFailedError } from '../../../shared/data/errors';
import { fingerprint, idempotencyPut } from '../../../shared/data/idempotency';
import { getReformPlan } from '../../../shared/data/reform-plans/get-reform-plan';
import { getReformPlanTemplate } from '../../../shared/data/reform-plans/get-reform-plan-template';
import type { ReformPlanRecord } from '../../../shared/data/reform-plans/reform-plan-record';
import { writeReformPlanChange } from '../../../shared/data/reform-plans/write-reform-plan-change';
import {
  ConflictError,
  InvalidError,
  NotFoundError,
  canSubmitReformPlan,
  checkPlanComplete,
} from '../../../shared/domain';
import type { ReformPlan, SubmitReformPlanInput } from '../../../shared/schemas/reform-plan';
import type { AppDeps } from '../env';
import { replayIdempotent } from '../replay-idempotent';
import { reformPlanView } from './reform-plan-view';

const SCOPE = 'reform-plan-submit';

export interface SubmitReformPlanOutcome {
  status: number;
  body: ReformPlan;
}

type Request = { laCode: string; input: SubmitReformPlanInput; idempotencyKey: string };

/**
 * The approver signs the plan off and submits it to DfE. Idempotent by key: a repeat
 * with the same key and request gets the first response and changes nothing, even when
 * the two race, because the key's record is written in the submission's transaction.
 */
export async function submitReformPlan(
  deps: AppDeps,
  principal: Principal,
  request: Request,
): Promise<SubmitReformPlanOutcome> {
  const { laCode, input, idempotencyKey } = request;
  const print = fingerprint({ laCode, input });
  const replay = await replayIdempotent<ReformPlan>(deps.store, {
    laCode,
    scope: SCOPE,
    key: idempotencyKey,
    fingerprint: print,
  });
  if (replay) return replay;
  try {
    return await submitOnce(deps, principal, request, print);
  } catch (error) {
    // A racing request with the same key may have won after the check above.
    if (error instanceof ConflictError) {
      const raced = await replayIdempotent<ReformPlan>(deps.store, {
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

async function submitOnce(
  deps: AppDeps,
  principal: Principal,
  request: Request,
  print: string,
): Promise<SubmitReformPlanOutcome> {
  const { laCode, input, idempotencyKey } = request;
  const { store } = deps;
  const now = deps.now();
  const [record, template] = await Promise.all([
    getReformPlan(store, laCode),
    getReformPlanTemplate(store),
  ]);
  if (!record) throw new NotFoundError('The reform plan');
  if (!canSubmitReformPlan(record.status)) {
    throw new ConflictError(`The reform plan is already ${record.status}.`);
  }
  if (!template) throw new ConflictError('DfE has not published the reform plan template yet.');
  const gaps = checkPlanComplete(record.content.sections, template.sections);
  if (gaps.length > 0) {
    throw new InvalidError(
      `The plan is not complete: ${gaps.length} ${gaps.length === 1 ? 'section needs' : 'sections need'} text before it can be submitted.`,
      gaps,
    );
  }

  const at = now.toISOString();
  const actor = { sub: principal.sub, role: principal.role };
  const { review: _previousReview, ...rest } = record;
  const next: ReformPlanRecord = {
    ...rest,
    status: 'submitted',
    version: record.version + 1,
    templateVersion: template.version,
    submittedSections: template.sections.map(({ id, title }) => ({ id, title })),
    submittedAt: at,
    submittedBy: actor,
    signOff: input.signOff,
    updatedAt: at,
    updatedBy: actor,
  };
  const outcome: SubmitReformPlanOutcome = { status: 200, body: reformPlanView(next) };
  try {
    await writeReformPlanChange(
      store,
      {
        previous: record,
        next,
        history: {
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
          action: 'reform-plan.submitted',
          entity: 'reform plan',
          before: { version: record.version, status: record.status },
          after: {
            version: next.version,
            status: next.status,
            templateVersion: template.version,
            signOff: input.signOff,
          },
        },
        extra: [
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
    const raced = await replayIdempotent<ReformPlan>(deps.store, {
      laCode,
      scope: SCOPE,
      key: idempotencyKey,
      fingerprint: print,
    });
    if (raced) return raced;
    throw new ConflictError(
      'The reform plan was changed or submitted by someone else at the same time.',
    );
  }
  return outcome;
}
