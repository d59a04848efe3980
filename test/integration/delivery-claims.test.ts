import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  claimDeliveries,
  claimDelivery,
  finishDeliveries,
  finishDelivery,
  type DeliveryKey,
} from '../../shared/data/notifications/deliveries';
import { keys } from '../../shared/data/keys';
import { countCalls } from '../support/count-calls';
import { createTestStore } from '../support/test-store';

/** Several emails claimed at once must keep each claim's "at most once" on its own. */
let store: Awaited<ReturnType<typeof createTestStore>>;
const now = new Date('2024-11-02T09:00:00Z');
const key = (subject: string, sub = 'editor'): DeliveryKey => ({
  laCode: '351',
  event: 'alert-red',
  subject,
  audience: 'council',
  sub,
});

async function stateOf(k: DeliveryKey) {
  const out = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.notificationDelivery(k.laCode, k.event, k.subject, k.audience, k.sub),
      ConsistentRead: true,
    }),
  );
  return out.Item?.state as string | undefined;
}

beforeAll(async () => {
  store = await createTestStore();
});

describe('claiming several deliveries at once', () => {
  it('claims them all when none was claimed before', async () => {
    const all = [key('a1'), key('a2'), key('a1', 'approver')];
    expect(await claimDeliveries(store, all, now)).toEqual(['new', 'new', 'new']);
    expect(await Promise.all(all.map(stateOf))).toEqual(['sending', 'sending', 'sending']);
  });

  it('claims the others and not the ones already being sent or sent', async () => {
    await claimDelivery(store, key('b2'), now);
    await claimDelivery(store, key('b4'), now);
    await finishDelivery(store, key('b4'), { state: 'sent', providerId: 'p-1' }, now);
    const all = [key('b1'), key('b2'), key('b3'), key('b4')];
    expect(await claimDeliveries(store, all, now)).toEqual(['new', false, 'new', false]);
    expect(await Promise.all(all.map(stateOf))).toEqual(['sending', 'sending', 'sending', 'sent']);
  });

  it('claims again one that failed, beside a new one, and says which was claimed before', async () => {
    await claimDelivery(store, key('c1'), now);
    await finishDelivery(store, key('c1'), { state: 'failed', reason: 'Notify was down' }, now);
    expect(await claimDeliveries(store, [key('c1'), key('c2')], now)).toEqual(['again', 'new']);
  });

  it('records how each of the deliveries claimed together ended', async () => {
    const all = [key('d1'), key('d2')];
    await claimDeliveries(store, all, now);
    await Promise.all([
      finishDelivery(store, all[0]!, { state: 'sent', providerId: 'p-2' }, now),
      finishDelivery(store, all[1]!, { state: 'failed', reason: 'address refused' }, now),
    ]);
    expect(await Promise.all(all.map(stateOf))).toEqual(['sent', 'failed']);
  });
});

describe('recording the outcomes with the writes that follow them', () => {
  const alertMark = (sk: string) => ({
    Update: {
      TableName: store.tableName,
      Key: { pk: 'COUNCIL#351', sk },
      UpdateExpression: 'SET notifiedSeverity = :s',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':s': 'red' },
    },
  });
  const alertItem = (sk: string) =>
    store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { pk: 'COUNCIL#351', sk, type: 'alert' },
      }),
    );

  it('records every outcome and the writes that follow in one call', async () => {
    const all = [key('e1'), key('e2')];
    await claimDeliveries(store, all, now);
    await alertItem('ALERT#E');
    const counter = countCalls(store.db);
    try {
      await finishDeliveries(
        store,
        [
          { key: all[0]!, outcome: { state: 'sent', providerId: 'p-5' } },
          { key: all[1]!, outcome: { state: 'failed', reason: 'address refused' } },
        ],
        now,
        [alertMark('ALERT#E')],
      );
      expect(counter.calls).toEqual(['TransactWriteItemsCommand']);
    } finally {
      counter.stop();
    }
    expect([await stateOf(all[0]!), await stateOf(all[1]!)]).toEqual(['sent', 'failed']);
    const alert = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: 'COUNCIL#351', sk: 'ALERT#E' } }),
    );
    expect(alert.Item?.notifiedSeverity).toBe('red');
  });

  it('still records the outcomes when a write that follows fails, and throws its error', async () => {
    const all = [key('f1'), key('f2')];
    await claimDeliveries(store, all, now);
    // The alert to mark is gone: its condition fails.
    await expect(
      finishDeliveries(
        store,
        all.map((k) => ({ key: k, outcome: { state: 'sent', providerId: 'p-6' } })),
        now,
        [alertMark('ALERT#GONE')],
      ),
    ).rejects.toThrow();
    // Sent, so never claimed (and sent) again.
    expect([await stateOf(all[0]!), await stateOf(all[1]!)]).toEqual(['sent', 'sent']);
    expect(await claimDeliveries(store, all, now)).toEqual([false, false]);
  });
});
