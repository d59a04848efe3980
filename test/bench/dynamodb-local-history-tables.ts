import { BatchWriteCommand, GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local';
import { keys } from '../../shared/data/keys';
import { bulkWriter } from '../support/bulk-writer';
import { buildComparators, buildCouncilHistory } from '../support/history-builder';
import { median, startBenchApi, time } from './harness';

/**
 * The history benchmark's two tables (one period; 40 periods, 60 months, 5,000 audit
 * items), filled as it fills them, in one DynamoDB Local; then copies of their items,
 * each in a DynamoDB Local of its own. The same GetItem (an item, and a key that is not
 * there) is sent to all four, interleaved. `COUNCILS=150 npx tsx test/bench/dynamodb-local-history-tables.ts`
 * (about 10 minutes at 150 councils).
 */
const COUNCILS = Number(process.env.COUNCILS ?? 15);
type Api = Awaited<ReturnType<typeof startBenchApi>>;

async function populated(
  endpoint: string,
  history: { periods: number; monthCount: number; auditItems: number },
) {
  const api = await startBenchApi(endpoint);
  const bulk = bulkWriter(api.store);
  await buildComparators(bulk.store, history.monthCount);
  for (let i = 0; i < COUNCILS; i += 15) {
    for (let k = 0; k < 15 && i + k < COUNCILS; k++) {
      const laCode = String(100 + i + k);
      await buildCouncilHistory(bulk.store, laCode, {
        ...history,
        auditItems: laCode === '100' ? history.auditItems : 0,
      });
    }
    await bulk.flush();
  }
  return api;
}

async function scanAll(api: Api) {
  const all: Record<string, unknown>[] = [];
  let key: Record<string, unknown> | undefined;
  do {
    const out = await api.store.db.send(
      new ScanCommand({ TableName: api.store.tableName, ExclusiveStartKey: key }),
    );
    all.push(...(out.Items ?? []));
    key = out.LastEvaluatedKey;
  } while (key);
  return all;
}

/** The items, put in bulk into a fresh table in a DynamoDB Local of its own. */
async function copyInto(items: Record<string, unknown>[]) {
  const local = await startDynamoDbLocal();
  const api = await startBenchApi(local.endpoint);
  for (let i = 0; i < items.length; i += 25)
    await api.store.db.send(
      new BatchWriteCommand({
        RequestItems: {
          [api.store.tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
        },
      }),
    );
  return { api, local };
}

async function main() {
  const ddb = await startDynamoDbLocal();
  const copies: Awaited<ReturnType<typeof copyInto>>[] = [];
  try {
    const short = await populated(ddb.endpoint, { periods: 1, monthCount: 1, auditItems: 0 });
    const long = await populated(ddb.endpoint, { periods: 40, monthCount: 60, auditItems: 5000 });
    copies.push(await copyInto(await scanAll(short)), await copyInto(await scanAll(long)));
    const apis = [short, long, copies[0]!.api, copies[1]!.api];
    for (const key of [keys.agreement('100'), { pk: 'NOPE', sk: 'NOPE' }]) {
      for (let rep = 0; rep < 3; rep++) {
        const t: number[][] = apis.map(() => []);
        for (let i = 0; i < 800; i++)
          for (const [j, api] of apis.entries())
            t[j]!.push(
              await time(() =>
                api.store.db.send(new GetCommand({ TableName: api.store.tableName, Key: key })),
              ),
            );
        const [s, l, cs, cl] = t.map((x) => median(x));
        console.log(
          `${key.sk}: one process ${s!.toFixed(3)} vs ${l!.toFixed(3)} ms, ${(l! / s!).toFixed(2)} ×; ` +
            `copies, own processes ${cs!.toFixed(3)} vs ${cl!.toFixed(3)} ms, ${(cl! / cs!).toFixed(2)} ×`,
        );
      }
    }
    for (const api of apis) await api.close();
  } finally {
    for (const copy of copies) await copy.local.stop();
    await ddb.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
