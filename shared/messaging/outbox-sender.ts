import type { Store } from '../data/client';
import { findOutboxMessage } from '../data/notifications/find-outbox-message';
import { putOutboxMessage } from '../data/notifications/outbox';
import type { EmailSender } from './email-sender';

/**
 * The local runner's emails: kept in the table's outbox (readable at
 * `GET /api/v1/dev/outbox` and on the "Emails sent" page) instead of sent; one kept
 * already under the same reference is not kept again when it may have been sent.
 */
export function createOutboxSender(store: Store, now: () => Date): EmailSender {
  return {
    async send(email, { mayHaveBeenSent = false } = {}) {
      if (mayHaveBeenSent) {
        const id = await findOutboxMessage(store, email.laCode, email.reference);
        if (id !== undefined) return { id };
      }
      const kept = await putOutboxMessage(
        store,
        {
          laCode: email.laCode,
          event: email.event,
          to: email.emailAddress,
          heading: email.heading,
          body: email.body,
          personalisation: email.personalisation,
          reference: email.reference,
        },
        now(),
      );
      return { id: kept.id };
    },
  };
}
