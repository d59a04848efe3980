import type { Alert, AlertSeverity } from '../../schemas/alert';
import { collections } from '../keys';

/** An alert as stored: the public alert, its version for locking, and what was last notified. */
export interface AlertRecord extends Alert {
  version: number;
  /** The severity the last notification announced; a raise or escalation not yet sent differs. */
  notifiedSeverity?: AlertSeverity;
}

/** The cross-council index entry: by status, then most recently changed. */
export function alertIndex(alert: Pick<Alert, 'status' | 'updatedAt' | 'laCode' | 'id'>) {
  return {
    gsi2pk: collections.alerts,
    gsi2sk: `${alert.status}#${alert.updatedAt}#${alert.laCode}#${alert.id}`,
  };
}

/** The public shape of an alert record, with its version. */
export function toAlert(record: AlertRecord): Alert & { version: number } {
  const { notifiedSeverity: _notified, ...alert } = record;
  return alert;
}
