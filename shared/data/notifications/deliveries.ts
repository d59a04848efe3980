import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Store } from '../client';
import { keys } from '../keys';
import { TTL_ATTRIBUTE } from '../table';

/** A delivery record outlives any schedule window or stream retry by far. */
const DELIVERY_TTL_SECONDS = 400 * 24 * 60 * 60;
/** A claim this old that never finished (a crashed worker) may be taken over. */
export const STALE_CLAIM_MS = 10 * 60 * 1000;

export interface DeliveryKey {
  laCode: string;
  event: string;
  subject: string;
  audience: string;
  sub: string;
}

/**
 * Claims the sending of one message to one person: written on condition that no claim
 * exists, or that an earlier one failed or was abandoned. True when this caller must send
 * it; false when it was sent (or is being sent) already.
 */
export async function claimDelivery(store: Store, key: DeliveryKey, now: Date): Promise<boolean> {
  try {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          ...keys.notificationDelivery(key.laCode, key.event, key.subject, key.audience, key.sub),
          type: 'notification-delivery',
          laCode: key.laCode,
          event: key.event,
          subject: key.subject,
          recipient: key.sub,
          state: 'sending',
          claimedAt: now.toISOString(),
          [TTL_ATTRIBUTE]: Math.floor(now.getTime() / 1000) + DELIVERY_TTL_SECONDS,
        },
        ConditionExpression:
          'attribute_not_exists(pk) OR #state = :failed OR (#state = :sending AND claimedAt < :stale)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':failed': 'failed',
          ':sending': 'sending',
          ':stale': new Date(now.getTime() - STALE_CLAIM_MS).toISOString(),
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Records how a claimed delivery ended: sent (with the provider's id) or failed. */
export async function finishDelivery(
  store: Store,
  key: DeliveryKey,
  outcome: { state: 'sent'; providerId: string } | { state: 'failed'; reason: string },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await store.db.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: keys.notificationDelivery(key.laCode, key.event, key.subject, key.audience, key.sub),
      UpdateExpression:
        outcome.state === 'sent'
          ? 'SET #state = :state, sentAt = :at, providerId = :detail REMOVE failure'
          : 'SET #state = :state, failedAt = :at, failure = :detail',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: {
        ':state': outcome.state,
        ':at': at,
        ':detail': outcome.state === 'sent' ? outcome.providerId : outcome.reason,
      },
    }),
  );
}
