import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { Logger } from '@aws-lambda-powertools/logger';
import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { isDeepStrictEqual } from 'node:util';
import { changeHandlers } from '../../../functions/alerts/handlers';
import { processRecords } from '../../../functions/alerts/process-records';
import { createWebhookNotifier } from '../../../shared/alerts/webhook-notifier';
import { startStreamPoller } from '../../../infra/local/stream-poller';
import { createDb, type Db, type Store } from '../../../shared/data/client';
import { ensureTable } from '../../../shared/data/create-table';
import { councilPk } from '../../../shared/data/keys';
import { LOCAL_AWS } from '../../support/test-store';

/**
 * A second view of a test table over its own client, so what the tests read to check
 * the data never shows up among the app's own calls.
 */
export function observerOf(store: Store & { endpoint: string }): Store {
  return { db: createDb({ ...LOCAL_AWS, endpoint: store.endpoint }), tableName: store.tableName };
}

/** Every item of a council's partition, in key order. */
export async function partitionItems(store: Store, laCode: string) {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': councilPk(laCode) },
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** How many items the council's partition holds (every change adds at least its audit item). */
export async function partitionCount(store: Store, laCode: string): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': councilPk(laCode) },
        Select: 'COUNT',
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return count;
}

/** How many items the whole table holds. */
export async function tableCount(store: Store): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.db.send(
      new ScanCommand({
        TableName: store.tableName,
        Select: 'COUNT',
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return count;
}

/** Where two snapshots of a partition differ, by item key; empty when they are the same. */
export function partitionDiff(
  before: Record<string, unknown>[],
  after: Record<string, unknown>[],
): string[] {
  const byKey = (items: Record<string, unknown>[]) =>
    new Map(items.map((i) => [`${String(i.pk)} ${String(i.sk)}`, i]));
  const a = byKey(before);
  const b = byKey(after);
  const out: string[] = [];
  for (const [k, v] of b) {
    if (!a.has(k)) out.push(`added ${k}`);
    else if (!isDeepStrictEqual(a.get(k), v)) out.push(`changed ${k}`);
  }
  for (const k of a.keys()) if (!b.has(k)) out.push(`removed ${k}`);
  return out;
}

/**
 * Records which council partitions each DynamoDB call names (keys, key conditions,
 * transaction items): any string `COUNCIL#<code>` anywhere in a command's input.
 */
export function partitionSpy(db: Db) {
  const touched: { command: string; partitions: string[] }[] = [];
  const name = `partition-spy-${Math.random()}`;
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const found = new Set<string>();
      collectPartitions(args.input, found, 0);
      touched.push({ command: context.commandName ?? 'unknown', partitions: [...found] });
      return next(args);
    },
    { step: 'initialize', name },
  );
  return {
    touched,
    reset: () => touched.splice(0),
    stop: () => db.middlewareStack.remove(name),
  };
}

function collectPartitions(value: unknown, found: Set<string>, depth: number) {
  if (depth > 20) return;
  if (typeof value === 'string') {
    for (const m of value.matchAll(/COUNCIL#[^#\s"]*/g)) found.add(m[0]);
  } else if (Array.isArray(value)) {
    for (const v of value) collectPartitions(v, found, depth + 1);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collectPartitions(v, found, depth + 1);
  }
}

/**
 * The alert worker over a test table: the stream poller and rules the local runner
 * uses, on clients of its own. Resolves once it reads the stream from now on.
 */
export async function startAlertWorker(store: Store & { endpoint: string }) {
  const aws = { ...LOCAL_AWS, endpoint: store.endpoint };
  const streamArn = await ensureTable(new DynamoDBClient(aws), store.tableName);
  // RELIABILITY_WORKER_LOG=INFO shows what the worker does (and any error it logs).
  const logLevel = (process.env.RELIABILITY_WORKER_LOG ?? 'SILENT') as 'SILENT';
  const logger = new Logger({ serviceName: 'reliability-worker', logLevel });
  const deps = {
    store: observerOf(store),
    logger,
    notifier: createWebhookNotifier({ logger }),
    now: () => new Date(),
  };
  const poller = startStreamPoller({
    client: new DynamoDBStreamsClient(aws),
    streamArn,
    logger,
    consume: (records) => processRecords(records, deps, changeHandlers),
    intervalMs: 100,
  });
  await poller.drain();
  return poller;
}
