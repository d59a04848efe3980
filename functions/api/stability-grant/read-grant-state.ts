import type { Store } from '../../../shared/data/client';
import { getReformPlan } from '../../../shared/data/reform-plans/get-reform-plan';
import { getStabilityGrant } from '../../../shared/data/stability-grant/get-stability-grant';
import { requireExistingCouncil } from '../reform-plans/require-existing-council';

/** What a decision on a council's grant is made from: the grant and the reform plan. */
export async function readGrantState(store: Store, laCode: string) {
  await requireExistingCouncil(store, laCode);
  const [state, plan] = await Promise.all([
    getStabilityGrant(store, laCode),
    getReformPlan(store, laCode),
  ]);
  return { state, plan };
}
