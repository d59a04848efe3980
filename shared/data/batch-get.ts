import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client';

/** DynamoDB's most keys in one BatchGetItem. */
const MOST_KEYS = 100;

type Key = { pk: string; sk: string };

/** Reads of keys left unprocessed before giving up: the caller's error, not a spin to its timeout. */
const MOST_ATTEMPTS = 8;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The items at these keys (those that exist), read strongly consistent in as few
 * BatchGetItem calls as DynamoDB allows, following any keys it leaves unprocessed
 * (throttling, or a response over 16 MB) after an exponential, jittered pause, as the
 * SDK's documentation advises, at most MOST_ATTEMPTS times. Keyed by `pk sk`.
 */
export async function batchGet(
  store: Store,
  keys: readonly Key[],
  projection?: string,
): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  const unique = [...new Map(keys.map((k) => [itemId(k), { pk: k.pk, sk: k.sk }])).values()];
  for (let i = 0; i < unique.length; i += MOST_KEYS) {
    let pending: Record<string, unknown>[] | undefined = unique.slice(i, i + MOST_KEYS);
    for (let attempt = 0; pending && pending.length > 0; attempt++) {
      if (attempt >= MOST_ATTEMPTS) {
        throw new Error(`DynamoDB left ${pending.length} keys unread after ${attempt} reads.`);
      }
      if (attempt > 0) await pause(Math.random() * 25 * 2 ** Math.min(attempt, 6));
      const out: BatchGetCommandOutput = await store.db.send(
        new BatchGetCommand({
          RequestItems: {
            [store.tableName]: {
              Keys: pending,
              ConsistentRead: true,
              ...(projection ? { ProjectionExpression: projection } : {}),
            },
          },
        }),
      );
      for (const item of out.Responses?.[store.tableName] ?? []) {
        found.set(itemId(item as Key), item);
      }
      pending = out.UnprocessedKeys?.[store.tableName]?.Keys;
    }
  }
  return found;
}

/** How `batchGet` names an item: its partition and sort key. */
export function itemId(key: { pk: unknown; sk: unknown }): string {
  return `${String(key.pk)} ${String(key.sk)}`;
}

/**
 * One item of each council, at the key `keyOf` gives, read by `batchGet` and turned into
 * its record; keyed by council, none for a council without one.
 */
export async function batchGetByCouncil<T>(
  store: Store,
  laCodes: readonly string[],
  keyOf: (laCode: string) => Key,
  toRecord: (item: Record<string, unknown>) => T,
): Promise<Map<string, T>> {
  const found = await batchGet(store, laCodes.map(keyOf));
  const records = new Map<string, T>();
  for (const laCode of laCodes) {
    const item = found.get(itemId(keyOf(laCode)));
    if (item) records.set(laCode, toRecord(item));
  }
  return records;
}
