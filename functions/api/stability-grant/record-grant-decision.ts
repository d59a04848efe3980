import { ConditionFailedError } from '../../../shared/data/errors';
import { recordStabilityGrantDecision } from '../../../shared/data/stability-grant/record-stability-grant-decision';
import { ConflictError } from '../../../shared/domain';

/** Records a decision on the grant; 409 when someone changed the grant since it was read. */
export async function recordGrantDecision(
  ...args: Parameters<typeof recordStabilityGrantDecision>
): Promise<void> {
  try {
    await recordStabilityGrantDecision(...args);
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new ConflictError(
        'Someone else changed the stability grant at the same time. Reload it to see their change.',
      );
    }
    throw error;
  }
}
