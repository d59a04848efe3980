import { applyOutcome } from '../data/alerts/apply-outcome';
import { toAlert } from '../data/alerts/alert-record';
import { findOpenAlert } from '../data/alerts/find-open-alert';
import { markNotified } from '../data/alerts/mark-notified';
import { retryOnConflict } from '../data/retry-on-conflict';
import { decideAlertChange, type RuleOutcome } from '../domain';
import type { Notifier } from './notifier';
import { tellPeople, type PeopleDeps } from './people';

/** The workers' dependencies: the table, the log, the clock, alerts' topic and emails. */
export interface AlertingDeps extends PeopleDeps {
  notifier: Notifier;
}

/** Tries at applying one outcome while other workers change the same alert. */
const ATTEMPTS = 4;

/**
 * Applies rule outcomes to a council's alerts: reads the open alert for each outcome's
 * key, lets the lifecycle decide (`decideAlertChange`), writes what it decided (a lost
 * race is decided again from a fresh read), then sends the announcement it says is owed.
 * The announcement is recorded on the alert after it is sent, so a change delivered twice
 * (or a retry after a failed send) announces once, and a failed send is tried again.
 */
export async function applyOutcomes(
  deps: AlertingDeps,
  laCode: string,
  outcomes: RuleOutcome[],
): Promise<void> {
  const now = deps.now();
  for (const outcome of outcomes) {
    const { decision, alert } = await retryOnConflict(async () => {
      const open =
        outcome.outcome === 'not-applicable'
          ? undefined
          : await findOpenAlert(deps.store, laCode, outcome.key);
      const decided = decideAlertChange(open, outcome, now.toISOString());
      return {
        decision: decided,
        alert: await applyOutcome(deps.store, laCode, outcome.key, decided, now),
      };
    }, ATTEMPTS);
    if (decision.change !== 'unchanged' && decision.change !== 'updated') {
      deps.logger.info(`alert ${decision.change}`, {
        laCode,
        alertId: alert?.id,
        rule: alert?.rule,
        severity: alert?.severity,
      });
    }
    const notify = decision.change === 'resolved' ? undefined : decision.notify;
    if (!alert || !notify) continue;
    await deps.notifier.publish(toAlert(alert), notify);
    // Before the alert is marked: a crash in between repeats the announcement, and the
    // emails' own delivery records keep that repeat from reaching anyone twice.
    await tellPeople(deps, {
      event: alert.severity === 'red' ? 'alert-red' : 'alert-amber',
      laCode,
      alertId: alert.id,
      period: alert.period,
      message: alert.message,
    });
    await markNotified(deps.store, laCode, alert.id, alert.severity);
  }
}
