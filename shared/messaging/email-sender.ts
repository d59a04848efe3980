import type { NotificationEvent } from '../domain';

/**
 * The longest one email's tries may take together, waits between them included: well
 * inside the alerts worker's one-minute timeout (`infra/constructs/alerting.ts`), so a
 * batch is not killed in the middle of a send by its retries alone, and a claim left
 * unfinished is known abandoned soon after (STALE_CLAIM_MS in deliveries.ts).
 */
export const EMAIL_SEND_BOUND_MS = 15_000;

/** One email to one person, as every channel takes it. */
export interface EmailToSend {
  event: NotificationEvent;
  /** The council the message is about (DFE's partition is never one). */
  laCode: string;
  emailAddress: string;
  personalisation: Record<string, string>;
  /** The words the local outbox shows; GOV.UK Notify uses its template's own. */
  heading: string;
  body: string;
  /** Unique per person, event and subject: the provider's reference for it. */
  reference: string;
}

export interface SendOptions {
  /**
   * An earlier try at this very message may have been accepted unseen (its worker was
   * killed after handing it over, before recording it): the provider is asked first for
   * a message with its reference, and if it has one the message is not sent again.
   */
  mayHaveBeenSent?: boolean;
}

/**
 * Where people's emails go: GOV.UK Notify in AWS, the table's outbox on the local
 * runner. `send` resolves once the message is accepted (or found accepted already, see
 * SendOptions), with the provider's id, and throws DeliveryError when it cannot be
 * (after the adapter's own retries).
 */
export interface EmailSender {
  send(email: EmailToSend, options?: SendOptions): Promise<{ id: string }>;
}

/** A message that could not be handed over; `status` is the provider's HTTP status if any. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly attempts: number,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
