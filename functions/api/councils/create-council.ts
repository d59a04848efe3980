import type { Principal } from '../../../shared/auth';
import { createCouncil as putCouncil } from '../../../shared/data/councils/create-council';
import { ConditionFailedError } from '../../../shared/data/errors';
import { actorOf, ConflictError } from '../../../shared/domain';
import type { Council, CouncilInput } from '../../../shared/schemas/council';
import type { AppDeps } from '../env';

/** DfE sets up a council (a tenant); its LA code can be taken only once. */
export async function createCouncil(
  deps: AppDeps,
  principal: Principal,
  request: { input: CouncilInput },
): Promise<Council> {
  const { input } = request;
  try {
    return await putCouncil(deps.store, input, actorOf(principal), deps.now());
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new ConflictError(`A council with LA code ${input.laCode} already exists.`);
    }
    throw error;
  }
}
