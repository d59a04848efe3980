import { applyAlertChanges, type AlertChangeToWrite } from '../data/alerts/apply-alert-changes';
import { toAlert, type AlertRecord } from '../data/alerts/alert-record';
import { findOpenAlerts, slotId } from '../data/alerts/find-open-alerts';
import { markAllNotified, notifiedMarks } from '../data/alerts/mark-notified';
import { retryOnConflict } from '../data/retry-on-conflict';
import { decideAlertChange, type AlertNotification, type RuleOutcome } from '../domain';
import type { Notifier } from './notifier';
import { readAheadForPeople, tellPeopleOfAll, type PeopleDeps } from './people';

/** The workers' dependencies: the table, the log, the clock, alerts' topic and emails. */
export interface AlertingDeps extends PeopleDeps {
  notifier: Notifier;
}

/** Tries at applying the outcomes while other workers change the same alerts. */
const ATTEMPTS = 4;

/**
 * Applies rule outcomes to a council's alerts: reads the open alerts for all the
 * outcomes' keys at once, lets the lifecycle decide each (`decideAlertChange`), writes
 * what it decided in one transaction (a lost race is decided again from a fresh read),
 * then sends the announcements it says are owed, all at once. An announcement is
 * recorded on its alert after it is sent, so a change delivered twice (or a retry after
 * a failed send) announces once, and a failed send is tried again.
 */
export async function applyOutcomes(
  deps: AlertingDeps,
  laCode: string,
  outcomes: RuleOutcome[],
): Promise<void> {
  // A breach may be emailed: who to tell is read alongside the alerts' slots.
  if (outcomes.some((o) => o.outcome === 'breach')) {
    readAheadForPeople(deps, laCode, ['alert-red', 'alert-amber']);
  }
  const owed: { alert: AlertRecord; notify: AlertNotification }[] = [];
  // A key twice in one list (never from one rule run) is applied in turns, as listed.
  for (const turn of turnsByKey(outcomes)) owed.push(...(await applyTurn(deps, laCode, turn)));
  await announce(deps, laCode, owed);
}

async function applyTurn(deps: AlertingDeps, laCode: string, outcomes: RuleOutcome[]) {
  const now = deps.now();
  const applied = await retryOnConflict(async () => {
    const open = await findOpenAlerts(
      deps.store,
      laCode,
      outcomes.filter((o) => o.outcome !== 'not-applicable').map((o) => o.key),
    );
    const changes: AlertChangeToWrite[] = outcomes.map((outcome) => ({
      key: outcome.key,
      decision: decideAlertChange(
        outcome.outcome === 'not-applicable' ? undefined : open.get(slotId(laCode, outcome.key)),
        outcome,
        now.toISOString(),
      ),
    }));
    const stored = await applyAlertChanges(deps.store, laCode, changes, now);
    return changes.map(({ decision }, i) => ({ decision, alert: stored[i] }));
  }, ATTEMPTS);
  return applied.flatMap(({ decision, alert }) => {
    if (decision.change !== 'unchanged' && decision.change !== 'updated') {
      deps.logger.info(`alert ${decision.change}`, {
        laCode,
        alertId: alert?.id,
        rule: alert?.rule,
        severity: alert?.severity,
      });
    }
    const notify = decision.change === 'resolved' ? undefined : decision.notify;
    return alert && notify ? [{ alert, notify }] : [];
  });
}

/**
 * Sends the owed announcements: each alert to the topic, then the people's emails of
 * those that went out, then marks those alerts announced, in the write that records the
 * emails' outcomes (`tellPeopleOfAll`'s `then`; alone when no email is sent). Marked only
 * after the emails: a crash in between repeats the announcement, and the emails' own
 * delivery records keep that repeat from reaching anyone twice. An alert whose
 * publication failed is neither emailed nor marked, and the failure is thrown.
 */
async function announce(
  deps: AlertingDeps,
  laCode: string,
  owed: { alert: AlertRecord; notify: AlertNotification }[],
): Promise<void> {
  if (owed.length === 0) return;
  const published = await Promise.allSettled(
    owed.map(({ alert, notify }) => deps.notifier.publish(toAlert(alert), notify)),
  );
  const out = owed.filter((_, i) => published[i]?.status === 'fulfilled').map((o) => o.alert);
  if (out.length > 0) {
    const told = await tellPeopleOfAll(
      deps,
      out.map((alert) => ({
        event: alert.severity === 'red' ? 'alert-red' : 'alert-amber',
        laCode,
        alertId: alert.id,
        period: alert.period,
        message: alert.message,
      })),
      // Marked announced in the write that records the emails' outcomes.
      { then: notifiedMarks(deps.store, laCode, out) },
    );
    if (!told) await markAllNotified(deps.store, laCode, out);
  }
  const failure = published.find((p) => p.status === 'rejected');
  if (failure) throw failure.reason;
}

/** The outcomes in turns in which each key appears once, in their order. */
function turnsByKey(outcomes: RuleOutcome[]): RuleOutcome[][] {
  const turns: { ids: Set<string>; outcomes: RuleOutcome[] }[] = [];
  for (const outcome of outcomes) {
    const id = JSON.stringify([outcome.key.rule, outcome.key.subject, outcome.key.financialYear]);
    let turn = turns.find((t) => !t.ids.has(id));
    if (!turn) turns.push((turn = { ids: new Set(), outcomes: [] }));
    turn.ids.add(id);
    turn.outcomes.push(outcome);
  }
  return turns.map((t) => t.outcomes);
}
