import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureCalls, replayCalls, writesOnly } from '../bench/replay-calls';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil } from '../support/council-builder';
import { completeReturn } from '../support/fixtures';

/**
 * The overhead benchmark's baseline is a route's own DynamoDB calls sent again raw:
 * these tests hold it to the very same work, so its ratios measure only the service.
 */
let api: TestApi;
const LA = '301';
const PERIOD = '2024-25-Q2';

beforeAll(async () => {
  api = await startTestApi();
  await buildCouncil(api.store, LA, 'Council 301');
  const res = await api.request('PUT', `/api/v1/councils/${LA}/returns/${PERIOD}`, {
    token: await api.tokenFor('council-editor', LA),
    body: completeReturn(),
  });
  expect(res.status).toBe(201);
});
afterAll(() => api.close());

const partition = async (pk: string) =>
  (
    await api.store.db.send(
      new QueryCommand({
        TableName: api.store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
      }),
    )
  ).Items ?? [];

describe('replaying a submission’s DynamoDB calls', () => {
  it('sends the same calls in the same waves and writes the same items under fresh keys', async () => {
    const capture = captureCalls(api.store.db);
    const res = await api.request('POST', `/api/v1/councils/${LA}/returns/${PERIOD}/submit`, {
      token: await api.tokenFor('council-approver', LA),
      body: { signOff: { name: 'S', role: 'S151' } },
      headers: { 'Idempotency-Key': 'replay-1' },
    });
    expect(res.status).toBe(200);
    const waves = capture.waves();
    capture.stop();
    // The idempotency record, the agreement and the returns together, then the one
    // transaction.
    expect(waves.map((w) => w.map((c) => c.command).sort())).toEqual([
      ['GetItemCommand', 'GetItemCommand', 'GetItemCommand', 'GetItemCommand'],
      ['TransactWriteItemsCommand'],
    ]);
    // The notifications benchmark's baseline keeps the writes alone, in their waves.
    const alone = writesOnly({ shared: waves, lanes: [waves] });
    expect(alone.shared).toEqual([waves[1]]);
    expect(alone.lanes).toEqual([[waves[1]]]);
    const council = await partition(`COUNCIL#${LA}`);

    const replay = captureCalls(api.store.db);
    const raw = replayCalls(api.store.db, waves);
    await raw();
    await raw();
    const replayed = replay.waves();
    replay.stop();
    expect(replayed.map((w) => w.map((c) => c.command).sort())).toEqual(
      [...waves, ...waves].map((w) => w.map((c) => c.command).sort()),
    );

    // The product's items are untouched; each replay wrote the transaction's items again,
    // with the same attributes and index keys, in a partition of its own.
    expect(await partition(`COUNCIL#${LA}`)).toEqual(council);
    const written = waves[1]![0]!.input.TransactItems as (
      | { Put: { Item: Record<string, unknown> & { sk: string; gsi1pk?: string } } }
      | { Update: { Key: { sk: string } } }
    )[];
    for (const copy of [0, 1]) {
      const items = await partition(`BENCH#REPLAY#${copy}#COUNCIL#${LA}`);
      expect(items).toHaveLength(written.length);
      for (const write of written) {
        // An update (the council's return figures) makes its item under the fresh key too.
        if (!('Put' in write)) {
          expect(items.some((i) => i.sk === write.Update.Key.sk)).toBe(true);
          continue;
        }
        const { Put } = write;
        const item = items.find((i) => i.sk === Put.Item.sk)!;
        expect(Object.keys(item).sort()).toEqual(Object.keys(Put.Item).sort());
        expect(item.content).toEqual(Put.Item.content);
        if (Put.Item.gsi1pk) expect(item.gsi1pk).toBe(`BENCH#REPLAY#${copy}#${Put.Item.gsi1pk}`);
      }
    }
  });
});
