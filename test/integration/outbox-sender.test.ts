import { beforeAll, describe, expect, it } from 'vitest';
import { listOutbox } from '../../shared/data/notifications/outbox';
import type { EmailToSend } from '../../shared/messaging/email-sender';
import { createOutboxSender } from '../../shared/messaging/outbox-sender';
import { createTestStore } from '../support/test-store';

/**
 * The local runner's outbox stands in for GOV.UK Notify, down to the question a retry
 * asks after a worker was killed: has this message been taken already?
 */
let store: Awaited<ReturnType<typeof createTestStore>>;
const now = () => new Date('2024-11-02T09:00:00Z');

const email = (reference: string): EmailToSend => ({
  event: 'alert-red',
  laCode: '931',
  emailAddress: 'editor@931.example.gov.uk',
  personalisation: { council: 'Council 931' },
  heading: 'Deficit above trajectory',
  body: 'The forecast is above the agreed trajectory.',
  reference,
});

const kept = async (reference: string) =>
  (await listOutbox(store, { limit: 100 })).items.filter((m) => m.reference === reference);

beforeAll(async () => {
  store = await createTestStore();
});

describe('the local outbox as a sender', () => {
  it('keeps a message once when it may have been sent already, and answers with its id', async () => {
    const outbox = createOutboxSender(store, now);
    const first = await outbox.send(email('931:alert-red:2024-25-Q2:editor'));
    const again = await outbox.send(email('931:alert-red:2024-25-Q2:editor'), {
      mayHaveBeenSent: true,
    });
    expect(again).toEqual(first);
    expect(await kept('931:alert-red:2024-25-Q2:editor')).toHaveLength(1);
  });

  it('keeps one that may have been sent but was not, and keeps every plain send', async () => {
    const outbox = createOutboxSender(store, now);
    await outbox.send(email('931:alert-red:2024-25-Q3:editor'), { mayHaveBeenSent: true });
    expect(await kept('931:alert-red:2024-25-Q3:editor')).toHaveLength(1);
    await outbox.send(email('931:alert-red:2024-25-Q3:editor'));
    expect(await kept('931:alert-red:2024-25-Q3:editor')).toHaveLength(2);
  });
});
