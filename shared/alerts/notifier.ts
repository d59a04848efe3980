import type { Alert } from '../schemas/alert';
import type { AlertNotification } from '../domain';

export type NotificationEvent = AlertNotification;

/** Sends an alert on to people and systems: SNS in AWS, the log and a webhook locally. */
export interface Notifier {
  publish(alert: Alert, event: NotificationEvent): Promise<void>;
}

/** What a notification carries, the same wherever it goes. */
export function notificationOf(alert: Alert, event: NotificationEvent) {
  return {
    event: `alert.${event}`,
    alert,
    subject: `${alert.severity === 'red' ? 'Red' : 'Amber'} alert for council ${alert.laCode}: ${alert.rule}`,
  };
}
