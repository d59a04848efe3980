import type { Logger } from '@aws-lambda-powertools/logger';
import { notificationOf, type Notifier } from './notifier';

/**
 * Local notifications: a structured log line for every alert raised or escalated and,
 * when a webhook URL is set, a JSON POST to it. The POST is retried a few times with a
 * timeout on each try; if it still fails the failure is logged and the worker moves on,
 * so a dead webhook never holds up the alert rules.
 */
export function createWebhookNotifier(options: {
  logger: Logger;
  url?: string;
  attempts?: number;
  timeoutMs?: number;
  backoffMs?: number;
}): Notifier {
  const { logger, url, attempts = 3, timeoutMs = 3000, backoffMs = 200 } = options;
  return {
    async publish(alert, event) {
      const notification = notificationOf(alert, event);
      logger.warn('alert notification', notification);
      if (!url) return;
      for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(notification),
            signal: AbortSignal.timeout(timeoutMs),
          });
          if (res.ok) return;
          logger.warn('alert webhook refused the notification', { status: res.status, attempt });
        } catch (error) {
          logger.warn('alert webhook did not answer', { error: String(error), attempt });
        }
        if (attempt < attempts)
          await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
      }
      logger.error('alert webhook failed; the alert stands and is in the log', {
        alertId: alert.id,
      });
    },
  };
}
