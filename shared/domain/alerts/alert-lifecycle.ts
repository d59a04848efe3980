import type { RuleOutcome } from './outcome';

type Breach = Extract<RuleOutcome, { outcome: 'breach' }>;
/** What a breaching rule found: severity, figures and the sentence people read. */
export type Finding = Breach['finding'];
export type Severity = Finding['severity'];

/** What the lifecycle reads of the open alert (open or acknowledged) for a rule's key. */
export interface TrackedAlert {
  status: 'open' | 'acknowledged' | 'resolved';
  severity: Severity;
  period: string;
  message: string;
  measured: number;
  threshold: number;
  updatedAt: string;
  /** The severity the last notification announced; absent until the raise is announced. */
  notifiedSeverity?: Severity;
}

/** A notification to send: a new alert, or one that became more severe. */
export type AlertNotification = 'raised' | 'escalated';

/** A new alert: the finding, open, as of the moment it was raised (its id is the store's). */
export type RaisedAlert = Finding & { status: 'open'; createdAt: string; updatedAt: string };

/**
 * What to do with the council's alert for one rule outcome, and what to announce:
 * - `unchanged`: write nothing (the same figures again, nothing open to resolve, or a rule
 *   that cannot be judged); an announcement a failed send left owing is still made;
 * - `raised`: a new open alert;
 * - `escalated`: the open alert went from amber to red;
 * - `reopened`: an acknowledged alert went from amber to red, so it needs attention again;
 * - `updated`: new figures or a lower severity, status kept;
 * - `resolved`: back within tolerance, resolved by the system.
 */
export type AlertChange<A extends TrackedAlert> =
  | { change: 'unchanged'; alert?: A; notify?: AlertNotification }
  | { change: 'raised'; alert: RaisedAlert; notify: 'raised' }
  | {
      change: 'escalated' | 'reopened' | 'updated';
      before: A;
      alert: A;
      notify?: AlertNotification;
    }
  | { change: 'resolved'; before: A; alert: A; reason: string };

/**
 * The alert lifecycle: given the open alert for the outcome's key (if any) and the rule's
 * outcome at `at`, what to write and whether to notify. Deciding the same outcome again
 * on what it wrote gives `unchanged`, so a change delivered twice is harmless.
 */
export function decideAlertChange<A extends TrackedAlert>(
  open: A | undefined,
  outcome: RuleOutcome,
  at: string,
): AlertChange<A> {
  if (outcome.outcome === 'not-applicable')
    return { change: 'unchanged', ...(open && { alert: open }) };

  if (outcome.outcome === 'within') {
    if (!open) return { change: 'unchanged' };
    const alert: A = {
      ...open,
      status: 'resolved',
      resolvedAt: at,
      resolvedBy: 'system',
      updatedAt: at,
    };
    return { change: 'resolved', before: open, alert, reason: outcome.reason };
  }

  const { finding } = outcome;
  if (!open) {
    return {
      change: 'raised',
      alert: { ...finding, status: 'open', createdAt: at, updatedAt: at },
      notify: 'raised',
    };
  }
  if (sameFigures(open, finding)) {
    return withNotification({ change: 'unchanged', alert: open }, open);
  }
  const escalated = open.severity === 'amber' && finding.severity === 'red';
  const alert: A = {
    ...open,
    ...finding,
    // An escalation needs attention again, even if the last one was acknowledged.
    status: escalated ? 'open' : open.status,
    updatedAt: at,
  };
  const change = !escalated ? 'updated' : open.status === 'acknowledged' ? 'reopened' : 'escalated';
  return withNotification({ change, before: open, alert }, alert);
}

function sameFigures(open: TrackedAlert, finding: Finding): boolean {
  return (
    open.severity === finding.severity &&
    open.measured === finding.measured &&
    open.threshold === finding.threshold &&
    open.period === finding.period &&
    open.message === finding.message
  );
}

/**
 * The announcement an alert is owed: its raise, or a severity above the one last
 * announced. An alert that only softened (red to amber) is not announced again.
 */
export function owedNotification(alert: TrackedAlert): AlertNotification | undefined {
  if (alert.status === 'resolved' || alert.notifiedSeverity === alert.severity) return undefined;
  if (alert.notifiedSeverity === undefined) return 'raised';
  return alert.notifiedSeverity === 'red' ? undefined : 'escalated';
}

function withNotification<C extends { change: string }>(
  change: C,
  alert: TrackedAlert,
): C & { notify?: AlertNotification } {
  const notify = owedNotification(alert);
  return notify ? { ...change, notify } : change;
}
