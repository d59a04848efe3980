import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createHash } from 'node:crypto';
import type { Store } from './client';
import { keys } from './keys';
import { TTL_ATTRIBUTE } from './table';
import type { TransactItem } from './transact';

/** How long a repeat of a request with the same key gets the first response back. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

export interface IdempotencyRecord {
  /** A digest of the request, so a key reused for a different request is caught. */
  fingerprint: string;
  status: number;
  body: unknown;
}

export function fingerprint(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

export async function getIdempotencyRecord(
  store: Store,
  laCode: string,
  scope: string,
  key: string,
): Promise<IdempotencyRecord | undefined> {
  const out = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.idempotency(laCode, scope, key),
      ConsistentRead: true,
    }),
  );
  if (!out.Item) return undefined;
  const { fingerprint: fp, status, body } = out.Item as IdempotencyRecord;
  return { fingerprint: fp, status, body };
}

/**
 * The record of a response, to write in the same transaction as the change it answers:
 * if the key is already taken the whole transaction fails, so only one request per key
 * ever changes anything.
 */
export function idempotencyPut(
  store: Store,
  laCode: string,
  scope: string,
  key: string,
  record: IdempotencyRecord,
  now: Date,
): TransactItem {
  return {
    Put: {
      TableName: store.tableName,
      Item: {
        ...keys.idempotency(laCode, scope, key),
        type: 'idempotency',
        ...record,
        [TTL_ATTRIBUTE]: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}
