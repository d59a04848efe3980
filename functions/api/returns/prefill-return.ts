import type { Principal } from '../../../shared/auth';
import { listReturns } from '../../../shared/data/returns/list-returns';
import { NotFoundError, periodProblems, carryForward } from '../../../shared/domain';
import type { ReturnDraft } from '../../../shared/schemas/return-content';
import type { AppDeps } from '../env';
import { requireAgreement } from '../require-council';

/**
 * The content a new draft for `period` starts from, so that nobody types the same
 * workstreams, statements and risks again each period: those of the council's latest
 * submitted return before it, without its figures or narrative, and only for the
 * conditions and mitigations the agreement has now (a save would refuse others).
 */
export async function prefillReturn(
  deps: AppDeps,
  _principal: Principal,
  request: { laCode: string; period: string },
): Promise<ReturnDraft> {
  const { laCode, period } = request;
  const [agreement, returns] = await Promise.all([
    requireAgreement(deps.store, laCode),
    listReturns(deps.store, laCode),
  ]);
  if (periodProblems(period, agreement).length > 0) {
    throw new NotFoundError(`A return for ${period} under this agreement`);
  }
  return carryForward(period, returns, {
    conditionIds: agreement.conditions.map((c) => c.id),
    mitigationIds: (agreement.mitigations ?? []).map((m) => m.id),
  });
}
