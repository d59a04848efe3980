import {
  BatchWriteCommand,
  TransactWriteCommand,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Db, Store } from '../../shared/data/client';

type Item = Record<string, unknown>;

/** DynamoDB writes at most 25 items in one BatchWriteItem. */
const BATCH = 25;

const keyOf = (key: Item) => `${String(key.pk)}\u0000${String(key.sk)}`;

/**
 * A store whose writes are kept instead of sent, so that volume fixtures are made by the
 * product's own write functions (the very keys and items they build, audit items
 * included) and then loaded in bulk by `flush`: every Put's item with BatchWriteItem, 25
 * a call, `width` calls at a time, then every Update sent as it is (DynamoDB applies the
 * product's own expression), those on one item in the order they were made. Conditions
 * are not checked and a later Put of a key replaces an earlier one: for filling a fresh
 * table whose fixtures put each item before updating it. It only writes: a read is an
 * error, since nothing kept has been written yet.
 */
export function bulkWriter(target: Store, width = 6) {
  let puts = new Map<string, Item>();
  let updates: UpdateCommandInput[] = [];
  const db = {
    send: (command: unknown) => {
      if (command instanceof TransactWriteCommand) {
        for (const op of command.input.TransactItems ?? []) {
          if (op.Put) puts.set(keyOf(op.Put.Item as Item), op.Put.Item as Item);
          else if (op.Update) {
            const { ConditionExpression: _condition, ...update } = op.Update;
            updates.push(update);
          } else throw new Error('bulkWriter keeps only Puts and Updates.');
        }
      } else if (command instanceof BatchWriteCommand) {
        for (const requests of Object.values(command.input.RequestItems ?? {}))
          for (const request of requests) {
            if (!request.PutRequest) throw new Error('bulkWriter keeps only Puts.');
            const item = request.PutRequest.Item as Item;
            puts.set(keyOf(item), item);
          }
      } else {
        const name = String((command as object | undefined)?.constructor.name);
        return Promise.reject(new Error(`bulkWriter only keeps writes, not ${name}.`));
      }
      return Promise.resolve({});
    },
  } as unknown as Db;

  /** Writes everything kept so far to the table, and forgets it. */
  async function flush() {
    const items = [...puts.values()];
    const pending = updates;
    puts = new Map();
    updates = [];
    const batches: Item[][] = [];
    for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
    await inParallel(batches, width, (batch) => writeBatch(target, batch));
    const byItem = new Map<string, UpdateCommandInput[]>();
    for (const update of pending) {
      const key = keyOf(update.Key as Item);
      byItem.set(key, [...(byItem.get(key) ?? []), update]);
    }
    await inParallel([...byItem.values()], width, async (sequence) => {
      for (const update of sequence)
        await target.db.send(new UpdateCommand({ ...update, TableName: target.tableName }));
    });
  }

  return { store: { db, tableName: target.tableName } satisfies Store, flush };
}

/** One BatchWriteItem, sending again whatever DynamoDB leaves unprocessed. */
async function writeBatch(store: Store, batch: Item[]) {
  let requests = batch.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; requests.length > 0; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** Math.min(attempt, 6)));
    const out = await store.db.send(
      new BatchWriteCommand({ RequestItems: { [store.tableName]: requests } }),
    );
    requests = (out.UnprocessedItems?.[store.tableName] ?? []) as typeof requests;
  }
}

/** Runs `fn` over the items with at most `width` running at once. */
async function inParallel<T>(items: readonly T[], width: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}
