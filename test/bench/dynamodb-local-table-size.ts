import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateTimeToLiveCommand,
  type AttributeValue,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../infra/local/dynamodb-local';
import { median, time, LOCAL_AWS } from './harness';

/**
 * Why DynamoDB Local answers the same GetItem more slowly from a larger table: one item
 * (the same bytes) read from a small table and from one with many more items, requests
 * interleaved, varying one thing at a time: how many other items, whether they share the
 * item's partition, their size, the indexes, in memory or on file, one process for both
 * tables or one each. `npx tsx test/bench/dynamodb-local-table-size.ts [trial…]`.
 */

interface Trial {
  /** Other items in the large table. */
  others: number;
  /** How many of them are in the read item's own partition. */
  inPartition: number;
  bytes: number;
  gsis: boolean;
  onFile?: boolean;
  /** Each table in a DynamoDB Local of its own. */
  ownProcess?: boolean;
  /** The table's stream on (new and old images), as the product's table has it. */
  stream?: boolean;
  /** Time to live on `expiresAt`, as the product's table has it. */
  ttl?: boolean;
  /** Single-item writes (PutItem) after the batch fill, as the fill's updates are sent. */
  singleWrites?: number;
}

const BASE: Trial = { others: 45_000, inPartition: 0, bytes: 600, gsis: true };

const TRIALS: Record<string, Trial> = {
  // The benchmark's shape: ~45,000 items, 5,300 of them in the read item's partition.
  'as benchmark': { ...BASE, inPartition: 5_300 },
  'no other items': { ...BASE, others: 0 },
  '45,000 items, none in its partition': BASE,
  '5,300 items, all in its partition': { ...BASE, others: 5_300, inPartition: 5_300 },
  '45,000 items, 5,300 in its partition, no GSIs': { ...BASE, inPartition: 5_300, gsis: false },
  '45,000 small items (60 B), 5,300 in its partition': {
    ...BASE,
    inPartition: 5_300,
    bytes: 60,
  },
  'as benchmark, with stream': { ...BASE, inPartition: 5_300, stream: true },
  'as benchmark, with time to live': { ...BASE, inPartition: 5_300, ttl: true },
  'as benchmark, with stream, 10,000 single writes': {
    ...BASE,
    inPartition: 5_300,
    stream: true,
    singleWrites: 10_000,
  },
  'as benchmark, no stream, 10,000 single writes': {
    ...BASE,
    inPartition: 5_300,
    singleWrites: 10_000,
  },
  'as benchmark, on file': { ...BASE, inPartition: 5_300, onFile: true },
  'as benchmark, each table in its own process': { ...BASE, inPartition: 5_300, ownProcess: true },
};

const S = (s: string): AttributeValue => ({ S: s });

function tableInput(name: string, trial: Trial): CreateTableCommandInput {
  const gsis = trial.gsis;
  const keys = gsis ? ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'] : ['pk', 'sk'];
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keys.map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    ...(gsis
      ? {
          GlobalSecondaryIndexes: [1, 2].map((n) => ({
            IndexName: `gsi${n}`,
            KeySchema: [
              { AttributeName: `gsi${n}pk`, KeyType: 'HASH' as const },
              { AttributeName: `gsi${n}sk`, KeyType: 'RANGE' as const },
            ],
            Projection: { ProjectionType: 'ALL' as const },
          })),
        }
      : {}),
    ...(trial.stream
      ? { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }
      : {}),
  };
}

/** The item read: an agreement-like item of about 2 KB. */
const TARGET: Record<string, AttributeValue> = {
  pk: S('COUNCIL#100'),
  sk: S('AGREEMENT'),
  gsi1pk: S('AGREEMENTS'),
  gsi1sk: S('COUNCIL#100'),
  body: S('a'.repeat(2_000)),
};

async function fill(client: DynamoDBClient, table: string, trial: Trial, count: number) {
  const items: Record<string, AttributeValue>[] = [TARGET];
  for (let i = 0; i < count; i++) {
    const pk = i < trial.inPartition ? 'COUNCIL#100' : `COUNCIL#${200 + (i % 150)}`;
    items.push({
      pk: S(pk),
      sk: S(`ITEM#${String(i).padStart(8, '0')}`),
      ...(trial.gsis && i % 3 === 0 ? { gsi1pk: S(`PERIOD#${i % 40}`), gsi1sk: S(pk) } : {}),
      body: S('x'.repeat(trial.bytes)),
    });
  }
  const batches: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < batches.length) {
        let requests = batches[next++]!.map((Item) => ({ PutRequest: { Item } }));
        while (requests.length > 0) {
          const out = await client.send(
            new BatchWriteItemCommand({ RequestItems: { [table]: requests } }),
          );
          requests = (out.UnprocessedItems?.[table] ?? []) as typeof requests;
        }
      }
    }),
  );
}

/** `count` PutItem calls, each replacing one of 150 small items, 6 at a time. */
async function singleWrites(client: DynamoDBClient, table: string, count: number) {
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < count) {
        const i = next++;
        await client.send(
          new PutItemCommand({
            TableName: table,
            Item: { pk: S(`COUNCIL#${200 + (i % 150)}`), sk: S('FIGURES'), n: { N: String(i) } },
          }),
        );
      }
    }),
  );
}

async function runTrial(name: string, trial: Trial, rounds: number) {
  const dirs: string[] = [];
  const start = () => {
    const dataDir = trial.onFile ? mkdtempSync(join(tmpdir(), 'ddb-size-')) : undefined;
    if (dataDir) dirs.push(dataDir);
    return startDynamoDbLocal({ dataDir });
  };
  const locals: DynamoDbLocal[] = [];
  try {
    locals.push(await start());
    if (trial.ownProcess) locals.push(await start());
    const [smallDb, largeDb] = [locals[0]!, locals.at(-1)!].map(
      (l) => new DynamoDBClient({ ...LOCAL_AWS, endpoint: l.endpoint }),
    );
    for (const [db, table] of [
      [smallDb!, 'small'],
      [largeDb!, 'large'],
    ] as const) {
      await db.send(new CreateTableCommand(tableInput(table, trial)));
      if (trial.ttl)
        await db.send(
          new UpdateTimeToLiveCommand({
            TableName: table,
            TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
          }),
        );
    }
    await fill(smallDb!, 'small', trial, 10);
    const filling = performance.now();
    await fill(largeDb!, 'large', trial, trial.others);
    await singleWrites(largeDb!, 'large', trial.singleWrites ?? 0);
    const filled = performance.now() - filling;
    const get = (db: DynamoDBClient, table: string) => () =>
      db.send(new GetItemCommand({ TableName: table, Key: { pk: TARGET.pk!, sk: TARGET.sk! } }));
    for (let i = 0; i < 300; i++) {
      await get(smallDb!, 'small')();
      await get(largeDb!, 'large')();
    }
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < rounds; i++) {
      small.push(await time(get(smallDb!, 'small')));
      large.push(await time(get(largeDb!, 'large')));
    }
    const ratio = median(large) / median(small);
    console.log(
      `| ${name} | ${median(small).toFixed(3)} | ${median(large).toFixed(3)} | **${ratio.toFixed(2)} ×** | ${(filled / 1000).toFixed(0)} s |`,
    );
  } finally {
    for (const local of locals) await local.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const named = process.argv.slice(2);
  const rounds = Number(process.env.ROUNDS ?? 2000);
  console.log('| trial | small table ms | large table ms | ratio | fill |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [name, trial] of Object.entries(TRIALS))
    if (named.length === 0 || named.includes(name)) await runTrial(name, trial, rounds);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
