import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collections, keys } from '../../shared/data/keys';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil, buildSubmittedReturn } from '../support/council-builder';

/**
 * Items written before the overview's flat copies existed (an agreement without its
 * per-year planned deficits and tranche terms, a return filed in the period's collection
 * itself) still give the same overview.
 */
let api: TestApi;
let reviewer: string;
const PERIOD = '2024-25-Q2';

type Row = {
  laCode: string;
  forecastCumulativeDeficit: number | null;
  plannedCumulativeDeficit: number | null;
  nextTranche: { id: string } | null;
  latest: { plannedCumulativeDeficit: number | null } | null;
};

async function overview() {
  const res = await api.request<{ items: Row[] }>('GET', `/api/v1/overview?period=${PERIOD}`, {
    token: reviewer,
  });
  expect(res.status).toBe(200);
  return res.body.items;
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T09:00:00Z') });
  reviewer = await api.tokenFor('dfe-reviewer');
  for (const laCode of ['401', '402']) {
    await buildCouncil(api.store, laCode, `Council ${laCode}`);
    await buildSubmittedReturn(api.store, laCode, PERIOD);
  }
});
afterAll(() => api.close());

describe('the overview over items written before its flat copies', () => {
  it('gives the same rows for an old agreement item and an old return item', async () => {
    const before = await overview();
    const { tableName, db } = api.store;
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.agreement('402'),
        UpdateExpression: 'REMOVE plannedDeficitByYear, trancheSchedule',
      }),
    );
    const ret = await db.send(
      new GetCommand({ TableName: tableName, Key: keys.return('402', PERIOD) }),
    );
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...ret.Item, gsi1pk: collections.returnsOf(PERIOD), gsi1sk: '402' },
      }),
    );
    await db.send(
      new DeleteCommand({ TableName: tableName, Key: keys.returnState('402', PERIOD) }),
    );

    const after = await overview();
    expect(after).toEqual(before);
    const row = after.find((r) => r.laCode === '402');
    expect(row).toMatchObject({
      forecastCumulativeDeficit: expect.any(Number),
      plannedCumulativeDeficit: 4_000_000,
      nextTranche: { id: expect.any(String) },
    });
  });
});
