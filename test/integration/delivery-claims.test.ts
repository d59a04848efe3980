import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  claimDeliveries,
  claimDelivery,
  finishDelivery,
  type DeliveryKey,
} from '../../shared/data/notifications/deliveries';
import { keys } from '../../shared/data/keys';
import { createTestStore } from '../support/test-store';

/** Several emails claimed in one write must keep each claim's "at most once" on its own. */
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
    expect(await claimDeliveries(store, all, now)).toEqual([true, true, true]);
    expect(await Promise.all(all.map(stateOf))).toEqual(['sending', 'sending', 'sending']);
  });

  it('claims the others and not the ones already being sent or sent', async () => {
    await claimDelivery(store, key('b2'), now);
    await claimDelivery(store, key('b4'), now);
    await finishDelivery(store, key('b4'), { state: 'sent', providerId: 'p-1' }, now);
    const all = [key('b1'), key('b2'), key('b3'), key('b4')];
    expect(await claimDeliveries(store, all, now)).toEqual([true, false, true, false]);
    expect(await Promise.all(all.map(stateOf))).toEqual(['sending', 'sending', 'sending', 'sent']);
  });

  it('claims again one that failed, beside a new one', async () => {
    await claimDelivery(store, key('c1'), now);
    await finishDelivery(store, key('c1'), { state: 'failed', reason: 'Notify was down' }, now);
    expect(await claimDeliveries(store, [key('c1'), key('c2')], now)).toEqual([true, true]);
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
