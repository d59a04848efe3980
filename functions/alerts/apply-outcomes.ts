import type { Logger } from '@aws-lambda-powertools/logger';
import { applyOutcome } from '../../shared/data/alerts/apply-outcome';
import { toAlert } from '../../shared/data/alerts/alert-record';
import { markNotified } from '../../shared/data/alerts/mark-notified';
import type { Store } from '../../shared/data/client';
import type { RuleOutcome } from '../../shared/domain';
import type { Notifier } from './notifier';

export interface AlertingDeps {
  store: Store;
  logger: Logger;
  notifier: Notifier;
  now?: () => Date;
}

/**
 * Applies rule outcomes to a council's alerts, then announces each alert whose current
 * severity has not been announced yet. The announcement is recorded on the alert after
 * it is sent, so a change delivered twice (or a retry after a failed send) announces
 * once, and a send that failed is tried again on the retry.
 */
export async function applyOutcomes(
  deps: AlertingDeps,
  laCode: string,
  outcomes: RuleOutcome[],
): Promise<void> {
  const now = deps.now?.() ?? new Date();
  for (const outcome of outcomes) {
    const change = await applyOutcome(deps.store, laCode, outcome, now);
    const alert = change.alert;
    if (change.kind !== 'unchanged' && change.kind !== 'updated') {
      deps.logger.info(`alert ${change.kind}`, {
        laCode,
        alertId: alert?.id,
        rule: alert?.rule,
        severity: alert?.severity,
      });
    }
    if (!alert || alert.status === 'resolved' || alert.notifiedSeverity === alert.severity)
      continue;
    const event = alert.notifiedSeverity === undefined ? 'raised' : 'escalated';
    // An alert that only softened (red to amber) is not announced again.
    if (alert.notifiedSeverity === 'red') continue;
    await deps.notifier.publish(toAlert(alert), event);
    await markNotified(deps.store, laCode, alert.id, alert.severity);
  }
}
