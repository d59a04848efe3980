import type { NotifyClient } from 'notifications-node-client';
import type { NotificationEvent } from '../domain';
import { DeliveryError, EMAIL_SEND_BOUND_MS, type EmailSender } from './email-sender';

export interface NotifySenderOptions {
  /** The API key (read from Secrets Manager in AWS); read on first use, then kept. */
  apiKey: () => Promise<string>;
  /** One template id per event, from configuration. */
  templates: Partial<Record<NotificationEvent, string>>;
  /** Notify's address; a test points it at its own server. Default: Notify's own. */
  baseUrl?: string;
  /** Tries in all, on 429, 5xx and no answer. Default 4, as time allows (`boundMs`). */
  attempts?: number;
  /**
   * The longest all tries at one email may take, waits included: a try starts only if it
   * can end (answered or abandoned after `timeoutMs`) within it. Default EMAIL_SEND_BOUND_MS.
   */
  boundMs?: number;
  /** The first wait before a retry, doubled each time. Default 500 ms. */
  backoffMs?: number;
  /**
   * How long one request may wait for Notify's answer before it is abandoned and tried
   * again like a 5xx. Default 5 s: Notify answers in well under a second.
   */
  timeoutMs?: number;
  /**
   * How long asking Notify whether it has an email with a reference may wait (see
   * `send`). Default 2 s, and never more than `timeoutMs`.
   */
  lookupTimeoutMs?: number;
}

/**
 * The defaults: with them an email whose first try got no answer is asked about and
 * tried again within EMAIL_SEND_BOUND_MS (5 + 0.5 + 2 + 5 s), as the test of the defaults
 * checks.
 */
export const NOTIFY_DEFAULTS = {
  attempts: 4,
  backoffMs: 500,
  timeoutMs: 5000,
  lookupTimeoutMs: 2000,
} as const;

/** The part of the client's HTTP library (axios) that makes a copy with other defaults. */
interface RestClient {
  create(config: { timeout: number }): unknown;
}

const NOTIFY_API = 'https://api.notifications.service.gov.uk';

/** Statuses worth trying again: Notify is busy (429) or broken for now (5xx). */
const isRetryable = (status: number | undefined) =>
  status === undefined || status === 429 || status >= 500;

/**
 * GOV.UK Notify through its official client: one template per event, filled with the
 * message's personalisation. Rate limits and server errors are retried with exponential
 * back-off (honouring Retry-After when Notify sends one), all within `boundMs`; a refusal
 * such as a bad address or template (400, 403) is not, since sending it again cannot
 * succeed. A try that got no answer may still have been accepted, so before the next
 * one (and before the first, with `mayHaveBeenSent`) Notify is asked for a message with
 * the same reference, and one it has is not sent again.
 */
export function createNotifySender(options: NotifySenderOptions): EmailSender {
  const {
    attempts = NOTIFY_DEFAULTS.attempts,
    backoffMs = NOTIFY_DEFAULTS.backoffMs,
    baseUrl = NOTIFY_API,
    timeoutMs = NOTIFY_DEFAULTS.timeoutMs,
    boundMs = EMAIL_SEND_BOUND_MS,
  } = options;
  const lookupTimeoutMs = Math.min(
    options.lookupTimeoutMs ?? NOTIFY_DEFAULTS.lookupTimeoutMs,
    timeoutMs,
  );
  let client: Promise<{ sends: NotifyClient; lookups: NotifyClient }> | undefined;
  const clientOf = () => {
    // Loaded on the first email, not at start-up: the client and its HTTP library would
    // otherwise lengthen every cold start of the workers, most of which send nothing.
    client ??= Promise.all([options.apiKey(), import('notifications-node-client')]).then(
      ([key, notify]) => ({
        sends: withTimeout(new notify.NotifyClient(baseUrl, key), timeoutMs),
        lookups: withTimeout(new notify.NotifyClient(baseUrl, key), lookupTimeoutMs),
      }),
    );
    // A failed read of the key is tried afresh on the next message.
    client.catch(() => (client = undefined));
    return client;
  };

  return {
    async send(email, { mayHaveBeenSent = false } = {}) {
      const started = Date.now();
      const templateId = options.templates[email.event];
      if (!templateId) {
        throw new DeliveryError(`No GOV.UK Notify template is configured for ${email.event}.`, 0);
      }
      const notify = await clientOf();
      let unseen = mayHaveBeenSent;
      for (let attempt = 1; ; attempt++) {
        if (unseen) {
          const id = await acceptedEarlier(notify.lookups, email.reference);
          if (id !== undefined) return { id };
        }
        try {
          const res = await notify.sends.sendEmail(templateId, email.emailAddress, {
            personalisation: email.personalisation,
            reference: email.reference,
          });
          const { id } = res.data as { id?: unknown };
          return { id: typeof id === 'string' ? id : '' };
        } catch (error) {
          const { status, retryAfter, detail } = describe(error, timeoutMs);
          const wait = Math.max(retryAfter ?? 0, backoffMs * 2 ** (attempt - 1));
          // No answer: it may have been accepted, and every later try asks first.
          unseen ||= status === undefined;
          // Another try only if it ends, at worst abandoned (its question too), within
          // the bound.
          const inTime =
            Date.now() - started + wait + (unseen ? lookupTimeoutMs : 0) + timeoutMs <= boundMs;
          if (!isRetryable(status) || attempt >= attempts || !inTime) {
            throw new DeliveryError(
              `GOV.UK Notify did not accept the message: ${detail}`,
              attempt,
              status,
            );
          }
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
    },
  };
}

/**
 * The id of the email Notify already has under this reference (its record of the last
 * seven days), if any. When Notify cannot say, undefined: the message is sent, since an
 * email sent twice is better than one never sent.
 */
async function acceptedEarlier(notify: NotifyClient, reference: string) {
  try {
    const res = await notify.getNotifications('email', undefined, reference);
    const { notifications = [] } = res.data as {
      notifications?: { id?: unknown; reference?: unknown }[];
    };
    const found = notifications.find((n) => n.reference === reference);
    return typeof found?.id === 'string' ? found.id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The client has no timeout of its own (its axios waits for ever); it takes an HTTP client
 * in its place (`setClient`), so it gets a copy of its own axios with one.
 */
function withTimeout(client: NotifyClient, timeoutMs: number): NotifyClient {
  const { apiClient } = client as unknown as { apiClient: { restClient: RestClient } };
  client.setClient(
    apiClient.restClient.create({ timeout: timeoutMs }) as Parameters<NotifyClient['setClient']>[0],
  );
  return client;
}

/** What an axios error from the client says: its status, Retry-After and Notify's errors. */
function describe(
  error: unknown,
  timeoutMs: number,
): { status?: number; retryAfter?: number; detail: string } {
  const { response, code } = error as {
    code?: unknown;
    response?: { status?: number; headers?: Record<string, unknown>; data?: unknown };
  };
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') {
    return { detail: `no answer within ${timeoutMs} ms` };
  }
  if (!response?.status) return { detail: error instanceof Error ? error.message : String(error) };
  const seconds = Number(response.headers?.['retry-after']);
  const errors = (response.data as { errors?: { error?: string; message?: string }[] } | undefined)
    ?.errors;
  const detail = errors?.map((e) => `${e.error ?? ''}: ${e.message ?? ''}`).join('; ');
  return {
    status: response.status,
    ...(Number.isFinite(seconds) ? { retryAfter: Math.min(seconds, 10) * 1000 } : {}),
    detail: `${response.status}${detail ? ` ${detail}` : ''}`,
  };
}
