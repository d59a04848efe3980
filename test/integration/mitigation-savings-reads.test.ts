import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/data/keys';
import { startTestApi, type TestApi } from '../support/api';
import { captureCalls } from '../bench/replay-calls';
import { buildCouncil, buildSubmittedReturn } from '../support/council-builder';
import { completeReturn } from '../support/fixtures';

/**
 * A council's savings by mitigation (`GET …/mitigations`) are read from its returns'
 * small state items, which keep each return's mitigation reports, instead of from the
 * returns, which would be read whole however little is projected. State items written
 * before they kept the reports, and councils whose returns may have none, read the
 * returns for them; all three give the same savings.
 */
let api: TestApi;
const KEPT = '511';
const OLDER_STATES = '512';
const NO_STATES = '513';

const MITIGATIONS = [
  {
    id: 'graduated-approach',
    title: 'Graduated approach in mainstream schools',
    plannedSavings: [{ financialYear: '2024-25', amount: 1_500_000 }],
  },
  {
    id: 'INMSS',
    title: 'Fewer independent placements',
    plannedSavings: [{ financialYear: '2024-25', amount: 500_000 }],
  },
];

const reports = (savingsToDate: number) => [
  { mitigationId: 'INMSS', savingsToDate, forecastSavings: 450_000, rag: 'green' as const },
  {
    mitigationId: 'graduated-approach',
    savingsToDate: 2 * savingsToDate,
    forecastSavings: 1_100_000,
    rag: 'amber' as const,
    note: 'Secondary roll-out late. '.repeat(200),
  },
];

async function savings(laCode: string) {
  const token = await api.tokenFor('council-viewer', laCode);
  const capture = captureCalls(api.store.db);
  try {
    const res = await api.request('GET', `/api/v1/councils/${laCode}/mitigations`, { token });
    expect(res.status).toBe(200);
    const calls = capture.calls();
    const prefixes = calls.flatMap(({ input }) => {
      const values = input.ExpressionAttributeValues as Record<string, unknown> | undefined;
      return values?.[':prefix'] === undefined ? [] : [values[':prefix']];
    });
    return { body: res.body, calls: calls.map((c) => c.command).sort(), prefixes };
  } finally {
    capture.stop();
  }
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T09:00:00Z') });
  const reviewer = await api.tokenFor('dfe-reviewer');
  for (const laCode of [KEPT, OLDER_STATES, NO_STATES]) {
    await buildCouncil(api.store, laCode, `Council ${laCode}`, { mitigations: MITIGATIONS });
    await buildSubmittedReturn(
      api.store,
      laCode,
      '2024-25-Q1',
      completeReturn({ mitigations: reports(100_000) }),
    );
    // Q2 reports more, but DfE sent it back: the savings keep to Q1's.
    await buildSubmittedReturn(
      api.store,
      laCode,
      '2024-25-Q2',
      completeReturn({ mitigations: reports(900_000) }),
    );
    const sentBack = await api.request(
      'POST',
      `/api/v1/councils/${laCode}/returns/2024-25-Q2/review`,
      { token: reviewer, body: { decision: 'return', comments: 'Please explain the savings.' } },
    );
    expect(sentBack.status).toBe(200);
  }
  const { db, tableName } = api.store;
  // OLDER_STATES: state items written before they kept the mitigation reports.
  for (const period of ['2024-25-Q1', '2024-25-Q2']) {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.returnState(OLDER_STATES, period),
        UpdateExpression: 'REMOVE mitigationReports',
      }),
    );
  }
  // NO_STATES: a council from before state items, with a return that has none.
  await db.send(new DeleteCommand({ TableName: tableName, Key: keys.returnStatesKept(NO_STATES) }));
  await db.send(
    new DeleteCommand({ TableName: tableName, Key: keys.returnState(NO_STATES, '2024-25-Q1') }),
  );
});
afterAll(() => api.close());

describe('savings by mitigation', () => {
  it('are read from the state items: the agreement and one query', async () => {
    const { body, calls, prefixes } = await savings(KEPT);
    expect(calls).toEqual(['GetItemCommand', 'QueryCommand']);
    expect(prefixes).toEqual([keys.returnStatePrefix]);
    expect(body).toMatchObject({
      items: [
        {
          id: 'graduated-approach',
          years: [
            {
              financialYear: '2024-25',
              plannedSavings: 1_500_000,
              period: '2024-25-Q1',
              savingsToDate: 200_000,
              forecastSavings: 1_100_000,
              rag: 'amber',
            },
          ],
        },
        { id: 'INMSS', years: [{ period: '2024-25-Q1', savingsToDate: 100_000 }] },
      ],
      totals: [
        {
          financialYear: '2024-25',
          plannedSavings: 2_000_000,
          savingsToDate: 300_000,
          forecastSavings: 1_550_000,
        },
      ],
    });
  });

  it('read older state items’ returns in one BatchGetItem, and give the same', async () => {
    const kept = await savings(KEPT);
    const older = await savings(OLDER_STATES);
    expect(older.calls).toEqual(['BatchGetItemCommand', 'GetItemCommand', 'QueryCommand']);
    expect(older.body).toEqual(kept.body);
  });

  it('read a council’s returns when they may have no state items, and give the same', async () => {
    const kept = await savings(KEPT);
    const none = await savings(NO_STATES);
    expect(none.calls).toEqual(['GetItemCommand', 'QueryCommand', 'QueryCommand']);
    expect(none.body).toEqual(kept.body);
  });

  it('follow a return’s resubmission with new reports', async () => {
    await buildSubmittedReturn(
      api.store,
      KEPT,
      '2024-25-Q2',
      completeReturn({ mitigations: reports(400_000) }),
      2,
    );
    const { body } = await savings(KEPT);
    expect(body).toMatchObject({
      totals: [{ financialYear: '2024-25', savingsToDate: 1_200_000 }],
    });
  });
});
