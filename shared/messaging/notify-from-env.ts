import { isNotificationEvent, type NotificationEvent } from '../domain';
import type { EmailSender } from './email-sender';
import { createNotifySender } from './govuk-notify-sender';
import { readSecret } from './read-secret';

/**
 * GOV.UK Notify as the CDK stack configures the workers: `NOTIFY_API_KEY_SECRET_ARN` (the
 * API key in Secrets Manager), `NOTIFY_TEMPLATE_IDS` (JSON, one template id per event)
 * and optionally `NOTIFY_BASE_URL`. Without a secret, no email is sent at all.
 */
export function notifySenderFromEnv(env: NodeJS.ProcessEnv = process.env): EmailSender | undefined {
  const secretArn = env.NOTIFY_API_KEY_SECRET_ARN;
  if (!secretArn) return undefined;
  return createNotifySender({
    apiKey: () => readSecret(secretArn),
    templates: templateIdsOf(env.NOTIFY_TEMPLATE_IDS),
    ...(env.NOTIFY_BASE_URL ? { baseUrl: env.NOTIFY_BASE_URL } : {}),
  });
}

/** The template ids by event; names that are not events are ignored. */
export function templateIdsOf(
  json: string | undefined,
): Partial<Record<NotificationEvent, string>> {
  if (!json) return {};
  const parsed = JSON.parse(json) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(parsed).filter(
      (entry): entry is [NotificationEvent, string] =>
        isNotificationEvent(entry[0]) && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}
