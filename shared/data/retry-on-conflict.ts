import { ConditionFailedError } from './errors';

/**
 * Runs `attempt` (a read, then a conditional write) again from the start when its write
 * lost a race, up to `times` in all; the last lost race is thrown.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, times: number): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ConditionFailedError) || n >= times) throw error;
    }
  }
}
