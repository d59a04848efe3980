import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementIndexAttributes } from '../../shared/data/agreements/agreement-index-attributes';
import { getAgreement } from '../../shared/data/agreements/get-agreement';
import { createCouncil } from '../../shared/data/councils/create-council';
import { collections, keys } from '../../shared/data/keys';
import { captureCalls } from '../bench/replay-calls';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil, buildSubmittedReturn, varyAgreement } from '../support/council-builder';

/**
 * Items written before the overview's small items existed still give the same overview:
 * an agreement without its summary item (with or without the flat copies it once
 * carried itself) of a council created before summaries were kept, and a return filed in
 * the period's collection itself. They cost one more query for all of them, never one
 * per council, and none once they are written again.
 */
let api: TestApi;
let reviewer: string;
const PERIOD = '2024-25-Q2';
const admin = { sub: 'legacy-admin', role: 'dfe-admin' } as const;

type Row = {
  laCode: string;
  agreementStatus: string | null;
  forecastCumulativeDeficit: number | null;
  plannedCumulativeDeficit: number | null;
  nextTranche: { id: string } | null;
  latest: { plannedCumulativeDeficit: number | null } | null;
};

/** The overview's rows and its DynamoDB calls, wave by wave (each wave's collections). */
async function overview() {
  const capture = captureCalls(api.store.db);
  try {
    const res = await api.request<{ items: Row[] }>('GET', `/api/v1/overview?period=${PERIOD}`, {
      token: reviewer,
    });
    expect(res.status).toBe(200);
    const waves = capture.waves().map((wave) =>
      wave
        .map((call) => {
          expect(call.command).toBe('QueryCommand');
          const values = call.input.ExpressionAttributeValues as Record<string, string>;
          return values[':c'];
        })
        .sort(),
    );
    return { rows: res.body.items, waves };
  } finally {
    capture.stop();
  }
}

/** As a council created before summaries were kept, whose agreement was saved before them. */
async function makeLegacy(laCode: string, { flatCopies }: { flatCopies: boolean }) {
  const name = api.store.tableName;
  await api.store.db.send(
    new UpdateCommand({
      TableName: name,
      Key: keys.council(laCode),
      UpdateExpression: 'REMOVE agreementSummarySince',
    }),
  );
  await api.store.db.send(
    new DeleteCommand({ TableName: name, Key: keys.agreementSummary(laCode) }),
  );
  if (flatCopies) {
    const agreement = await getAgreement(api.store, laCode);
    const flat = agreementIndexAttributes(agreement!);
    await api.store.db.send(
      new UpdateCommand({
        TableName: name,
        Key: keys.agreement(laCode),
        UpdateExpression: 'SET plannedDeficitByYear = :p, trancheSchedule = :t',
        ExpressionAttributeValues: { ':p': flat.plannedDeficitByYear, ':t': flat.trancheSchedule },
      }),
    );
  }
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T09:00:00Z') });
  reviewer = await api.tokenFor('dfe-reviewer');
  for (const laCode of ['401', '402', '403', '404']) {
    await buildCouncil(api.store, laCode, `Council ${laCode}`);
    await buildSubmittedReturn(api.store, laCode, PERIOD);
  }
  // A council with no agreement yet: its row says so, at no cost.
  await createCouncil(api.store, { laCode: '405', name: 'Council 405' }, admin, new Date());
});
afterAll(() => api.close());

describe('the overview over items written before its small items', () => {
  it('gives the same rows for old agreements and an old return item, in one more query for all of them', async () => {
    const before = await overview();
    // One parallel wave, the agreements from their summaries.
    expect(before.waves).toHaveLength(1);
    expect(before.waves[0]).toContain(collections.agreementSummaries);
    expect(before.waves[0]).not.toContain(collections.agreements);
    expect(before.waves[0]).toHaveLength(9);
    expect(before.rows.find((r) => r.laCode === '405')).toMatchObject({
      agreementStatus: null,
      plannedCumulativeDeficit: null,
      nextTranche: null,
    });

    // 402: an agreement saved before the flat copies; 403: one saved with them on itself.
    await makeLegacy('402', { flatCopies: false });
    await makeLegacy('403', { flatCopies: true });
    // 401: created before summaries were kept, but its agreement has been saved since.
    await api.store.db.send(
      new UpdateCommand({
        TableName: api.store.tableName,
        Key: keys.council('401'),
        UpdateExpression: 'REMOVE agreementSummarySince',
      }),
    );
    // 402's return: last written before return-state items existed.
    const ret = await api.store.db.send(
      new GetCommand({ TableName: api.store.tableName, Key: keys.return('402', PERIOD) }),
    );
    await api.store.db.send(
      new PutCommand({
        TableName: api.store.tableName,
        Item: { ...ret.Item, gsi1pk: collections.returnsOf(PERIOD), gsi1sk: '402' },
      }),
    );
    await api.store.db.send(
      new DeleteCommand({ TableName: api.store.tableName, Key: keys.returnState('402', PERIOD) }),
    );

    const after = await overview();
    expect(after.rows).toEqual(before.rows);
    for (const laCode of ['402', '403']) {
      expect(after.rows.find((r) => r.laCode === laCode)).toMatchObject({
        agreementStatus: 'active',
        forecastCumulativeDeficit: expect.any(Number),
        plannedCumulativeDeficit: 4_000_000,
        nextTranche: { id: expect.any(String) },
      });
    }
    // The same queries, and the old agreements in one more (sent once the summaries and
    // councils are in, so it may overlap the first wave's slowest).
    expect(after.waves.flat().sort()).toEqual(
      [...before.waves.flat(), collections.agreements].sort(),
    );
    expect(after.waves.length).toBeLessThanOrEqual(2);

    // Saved again, an old agreement gets its summary: back to the one wave.
    for (const laCode of ['402', '403']) await varyAgreement(api.store, laCode, 'Re-signed');
    const again = await overview();
    expect(again.waves).toEqual(before.waves);
    expect(again.rows).toEqual(before.rows);
  });
});
