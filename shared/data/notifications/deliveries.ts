import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import type { Store } from '../client';
import { keys } from '../keys';
import type { TransactItem } from '../transact';
import { EMAIL_SEND_BOUND_MS } from '../../messaging/email-sender';
import { TTL_ATTRIBUTE } from '../table';

/** A delivery record outlives any schedule window or stream retry by far. */
const DELIVERY_TTL_SECONDS = 400 * 24 * 60 * 60;
/**
 * A claim this old that never finished may be taken over: its sender was killed in the
 * middle of a send (the worker's timeout), since a send that runs ends within
 * EMAIL_SEND_BOUND_MS of its claim; the rest is room for the write that finishes it. So
 * the stream's retry of that batch sends the email instead of skipping it for good.
 */
export const STALE_CLAIM_MS = EMAIL_SEND_BOUND_MS + 5_000;
/** DynamoDB's most items in one transaction. */
const MOST_ITEMS = 100;

export interface DeliveryKey {
  laCode: string;
  event: string;
  subject: string;
  audience: string;
  sub: string;
}

export type DeliveryOutcome =
  { state: 'sent'; providerId: string } | { state: 'failed'; reason: string };

/**
 * How a claim went: `'new'`, never claimed before; `'again'`, an earlier claim failed or
 * was abandoned, so its email may have gone out unrecorded (a try that got no answer, a
 * worker killed after handing it over); false, it was sent (or is being sent) already.
 */
export type Claim = 'new' | 'again' | false;

/**
 * Claims the sending of one message to one person: written on condition that no claim
 * exists, or that an earlier one failed or was abandoned. Truthy when this caller must
 * send it; false when it was sent (or is being sent) already.
 */
export async function claimDelivery(store: Store, key: DeliveryKey, now: Date): Promise<Claim> {
  try {
    const { Attributes: earlier } = await store.db.send(
      new PutCommand({ ...claimOf(store, key, now), ReturnValues: 'ALL_OLD' }),
    );
    return earlier ? 'again' : 'new';
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Claims several messages at once, each as `claimDelivery` would, all in parallel: one
 * conditional Put each, so each is won or found taken by itself (DynamoDB Local takes
 * three parallel Puts in about two thirds of the time of one transaction of three, and
 * there is no cancellation to untangle). The same key twice: one of them wins.
 */
export async function claimDeliveries(
  store: Store,
  deliveries: readonly DeliveryKey[],
  now: Date,
): Promise<Claim[]> {
  return Promise.all(deliveries.map((key) => claimDelivery(store, key, now)));
}

/**
 * When a claim that is still unfinished may be taken over (its claim plus STALE_CLAIM_MS);
 * none when the delivery has finished (sent: never claimed again) or was never claimed.
 */
export async function unfinishedClaimStaleAt(
  store: Store,
  key: DeliveryKey,
): Promise<Date | undefined> {
  const held = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.notificationDelivery(key.laCode, key.event, key.subject, key.audience, key.sub),
      ProjectionExpression: '#state, claimedAt',
      ExpressionAttributeNames: { '#state': 'state' },
      ConsistentRead: true,
    }),
  );
  const claimedAt = Date.parse(String(held.Item?.claimedAt));
  return held.Item?.state === 'sending' && Number.isFinite(claimedAt)
    ? new Date(claimedAt + STALE_CLAIM_MS)
    : undefined;
}

/** Records how a claimed delivery ended: sent (with the provider's id) or failed. */
export async function finishDelivery(
  store: Store,
  key: DeliveryKey,
  outcome: DeliveryOutcome,
  now: Date,
): Promise<void> {
  await store.db.send(new UpdateCommand(finishOf(store, key, outcome, now)));
}

/**
 * Records how several claimed deliveries ended and makes the writes that follow them
 * (an alert's announcement) in one transaction. Should that fail (a condition of the
 * writes that follow, or more than one transaction holds), the outcomes are still
 * recorded, each by itself, and then the writes that follow are made alone, their
 * error thrown: an outcome is never lost with them.
 */
export async function finishDeliveries(
  store: Store,
  finished: readonly { key: DeliveryKey; outcome: DeliveryOutcome }[],
  now: Date,
  then: readonly TransactItem[] = [],
): Promise<void> {
  const outcomes = finished.map(({ key, outcome }) => finishOf(store, key, outcome, now));
  if (outcomes.length === 0) return writeTogether(store, then);
  if (then.length === 0 && outcomes.length === 1) {
    return void (await store.db.send(new UpdateCommand(outcomes[0]!)));
  }
  if (outcomes.length + then.length <= MOST_ITEMS) {
    try {
      await store.db.send(
        new TransactWriteCommand({
          TransactItems: [...outcomes.map((Update) => ({ Update })), ...then],
        }),
      );
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
    }
  }
  await Promise.all(outcomes.map((update) => store.db.send(new UpdateCommand(update))));
  await writeTogether(store, then);
}

/** Writes in one transaction (one Update alone), chunks of 100 past that. */
async function writeTogether(store: Store, items: readonly TransactItem[]): Promise<void> {
  const only = items.length === 1 ? items[0]!.Update : undefined;
  if (only) return void (await store.db.send(new UpdateCommand(only)));
  for (let i = 0; i < items.length; i += MOST_ITEMS) {
    await store.db.send(
      new TransactWriteCommand({ TransactItems: items.slice(i, i + MOST_ITEMS) }),
    );
  }
}

function claimOf(store: Store, key: DeliveryKey, now: Date) {
  return {
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
  };
}

function finishOf(store: Store, key: DeliveryKey, outcome: DeliveryOutcome, now: Date) {
  const at = now.toISOString();
  return {
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
  };
}
