import type { Principal } from '../../../shared/auth';
import { listAssessments } from '../../../shared/data/assessments/list-assessments';
import { ConditionFailedError } from '../../../shared/data/errors';
import { listTrancheRecords } from '../../../shared/data/tranches/list-tranche-records';
import { recordTrancheDecision } from '../../../shared/data/tranches/record-tranche-decision';
import {
  actorOf,
  checkVersion,
  ConflictError,
  decideTranche as decide,
  InvalidError,
  latestAssessmentByCondition,
  NotFoundError,
  StaleVersionError,
} from '../../../shared/domain';
import type { TrancheDecisionInput } from '../../../shared/schemas/agreement';
import type { TrancheView } from '../../../shared/schemas/tranche';
import type { AppDeps } from '../env';
import { requireAgreement } from '../require-council';
import { trancheView } from '../views/tranche-views';

/**
 * DfE releases, withholds or suspends a tranche. A release is refused while a linked
 * condition's latest DfE assessment is at risk, not met or missing, unless overridden
 * with a reason. With `ifMatch`, only if the tranche is still at the version the caller
 * saw (0 for one never decided on).
 */
export async function decideTranche(
  deps: AppDeps,
  principal: Principal,
  request: {
    laCode: string;
    trancheId: string;
    input: TrancheDecisionInput;
    ifMatch: string | undefined;
  },
): Promise<TrancheView> {
  const { laCode, trancheId, input, ifMatch } = request;
  const { store } = deps;
  const agreement = await requireAgreement(store, laCode);
  const tranche = agreement.tranches.find((t) => t.id === trancheId);
  if (!tranche) throw new NotFoundError(`Tranche ${trancheId}`);

  const [records, assessments] = await Promise.all([
    listTrancheRecords(store, laCode),
    listAssessments(store, laCode),
  ]);
  const previous = records.get(trancheId);
  // Decisions without If-Match stay allowed: integrations written before it was accepted.
  if (ifMatch !== undefined) checkVersion(ifMatch, previous?.version ?? 0);
  const current = previous ?? { status: 'scheduled' as const, backPaid: false };
  const outcome = decide(current, input, {
    conditionIds: tranche.conditionIds,
    latestAssessments: Object.fromEntries(
      [...latestAssessmentByCondition(assessments)].map(([id, a]) => [id, a.status]),
    ),
  });
  if (!outcome.ok) {
    const { error } = outcome;
    if (error.kind === 'reason-required') {
      throw new InvalidError(error.message, [
        { path: 'reason', message: 'is required with override' },
      ]);
    }
    if (error.kind === 'conditions-blocking') {
      throw new ConflictError(
        error.message,
        error.conditionIds.map((conditionId) => ({
          path: `conditions.${conditionId}`,
          message: 'is at risk, not met or not yet assessed by DfE',
        })),
      );
    }
    throw new ConflictError(error.message);
  }

  const now = deps.now();
  const actor = actorOf(principal);
  try {
    const record = await recordTrancheDecision(
      store,
      laCode,
      previous,
      { trancheId, ...outcome.state },
      {
        decision: input.decision,
        reason: input.reason,
        override: input.override ?? false,
        overriddenConditionIds: outcome.overriddenConditionIds,
        from: current.status,
        to: outcome.state.status,
        decidedAt: now.toISOString(),
        decidedBy: actor,
      },
      actor,
      now,
    );
    return trancheView(tranche, record);
  } catch (error) {
    if (!(error instanceof ConditionFailedError)) throw error;
    const detail =
      'Someone else decided on this tranche at the same time. Reload to see their decision.';
    throw ifMatch === undefined ? new ConflictError(detail) : new StaleVersionError(detail);
  }
}
