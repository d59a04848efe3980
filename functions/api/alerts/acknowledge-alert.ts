import type { Principal } from '../../../shared/auth';
import { acknowledgeAlert as putAcknowledgement } from '../../../shared/data/alerts/acknowledge-alert';
import { toAlert } from '../../../shared/data/alerts/alert-record';
import { getAlert } from '../../../shared/data/alerts/get-alert';
import { retryOnConflict } from '../../../shared/data/retry-on-conflict';
import { actorOf, checkVersion, ConflictError, NotFoundError } from '../../../shared/domain';
import type { Alert } from '../../../shared/schemas/alert';
import type { AppDeps } from '../env';

/** Tries at acknowledging an alert the alert worker keeps changing. */
const ATTEMPTS = 3;

/**
 * A council or DfE user acknowledges an open alert with a note. With `ifMatch`, only the
 * alert as they saw it: once the worker has changed its figures, they must look again.
 */
export async function acknowledgeAlert(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; alertId: string; note: string; ifMatch: string | undefined },
): Promise<Alert & { version: number }> {
  const { laCode, alertId, note, ifMatch } = request;
  const { store } = deps;
  const actor = actorOf(principal);
  // Without If-Match the note does not depend on the figures the worker may be updating,
  // so read again and retry rather than refuse. Should it keep losing, the last lost race
  // is the app's usual 409.
  const acknowledged = await retryOnConflict(async () => {
    const alert = await getAlert(store, laCode, alertId);
    if (!alert) throw new NotFoundError('The alert');
    // Acknowledgements without If-Match stay allowed: integrations written before it was accepted.
    if (ifMatch !== undefined) checkVersion(ifMatch, alert.version);
    if (alert.status !== 'open') {
      throw new ConflictError(
        `The alert is ${alert.status}; only an open alert can be acknowledged.`,
      );
    }
    return putAcknowledgement(store, alert, note, actor, deps.now());
  }, ATTEMPTS);
  return toAlert(acknowledged);
}
