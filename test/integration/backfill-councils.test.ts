import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillAgreementSummary } from '../../shared/data/agreements/backfill-agreement-summary';
import { backfillCouncils } from '../../shared/data/councils/backfill-councils';
import { createCouncil } from '../../shared/data/councils/create-council';
import { collections, keys } from '../../shared/data/keys';
import { backfillReturnStates } from '../../shared/data/returns/backfill-return-states';
import { getReturn } from '../../shared/data/returns/get-return';
import { returnStateItem } from '../../shared/data/returns/write-return-change';
import { captureCalls } from '../bench/replay-calls';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil, buildSubmittedReturn, varyAgreement } from '../support/council-builder';
import { countCalls } from '../support/count-calls';
import { fileReturns, listReturns } from '../support/council-returns';
import { completeReturn } from '../support/fixtures';

/**
 * Councils created before the return state items and the agreement summaries were kept
 * are listed and shown in the overview the old way. The backfill brings them onto the
 * small items: the pages say the same in fewer calls, a change that lands while it runs
 * is never overwritten, and running it again, or dry, writes nothing.
 */
let api: TestApi;
let reviewer: string;
const NOW = new Date('2024-12-01T09:00:00Z');
const PERIOD = '2024-25-Q2';
const admin = { sub: 'backfill-admin', role: 'dfe-admin' } as const;
/** Returns from before state items: no marker, one without its state, one with an older one. */
const OLD_STATES = '620';
/** An agreement saved before summaries, of a council created before them. */
const OLD_AGREEMENT = '621';
/** Created before summaries, and no agreement yet. */
const NO_AGREEMENT = '622';
/** Created as every council is now. */
const CURRENT = '623';
/** Old as 620 and 621, for the races. */
const RACE_STATES = '624';
const RACE_AGREEMENT = '625';
/** Its state items from before they kept the mitigation reports, its marker from before shapes. */
const OLDER_SHAPE = '626';
const PERIODS = ['2024-25-Q1', PERIOD, '2024-25-Q3'];

/** The overview's rows and the collections it queried. */
async function overview() {
  const capture = captureCalls(api.store.db);
  try {
    const res = await api.request<{ items: { laCode: string }[] }>(
      'GET',
      `/api/v1/overview?period=${PERIOD}`,
      { token: reviewer },
    );
    expect(res.status).toBe(200);
    const collectionsRead = capture
      .waves()
      .flat()
      .map((call) => (call.input.ExpressionAttributeValues as Record<string, string>)[':c'])
      .sort();
    return { rows: res.body.items, collectionsRead };
  } finally {
    capture.stop();
  }
}

const send = (command: DeleteCommand | UpdateCommand) => api.store.db.send(command);
const TableName = () => api.store.tableName;

/** As a council created before state items, its first return written before them too. */
async function oldStates(laCode: string) {
  await send(new DeleteCommand({ TableName: TableName(), Key: keys.returnStatesKept(laCode) }));
  await send(
    new DeleteCommand({ TableName: TableName(), Key: keys.returnState(laCode, '2024-25-Q1') }),
  );
}

/** As a council created before summaries, whose agreement was saved before them. */
async function oldAgreement(laCode: string) {
  await send(
    new UpdateCommand({
      TableName: TableName(),
      Key: keys.council(laCode),
      UpdateExpression: 'REMOVE agreementSummarySince',
    }),
  );
  await send(new DeleteCommand({ TableName: TableName(), Key: keys.agreementSummary(laCode) }));
}

const item = async (key: { pk: string; sk: string }) =>
  (await api.store.db.send(new GetCommand({ TableName: TableName(), Key: key }))).Item;

/** Runs `race` once, just before the first command of this name the store sends. */
async function racing<T>(commandName: string, race: () => Promise<void>, run: () => Promise<T>) {
  let raced = false;
  const name = `race-${Math.random()}`;
  api.store.db.middlewareStack.add(
    (next, context) => async (args) => {
      if (!raced && context.commandName === commandName) {
        raced = true;
        await race();
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    const result = await run();
    expect(raced).toBe(true);
    return result;
  } finally {
    api.store.db.middlewareStack.remove(name);
  }
}

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  reviewer = await api.tokenFor('dfe-reviewer');
  for (const laCode of [
    OLD_STATES,
    OLD_AGREEMENT,
    CURRENT,
    RACE_STATES,
    RACE_AGREEMENT,
    OLDER_SHAPE,
  ]) {
    await buildCouncil(api.store, laCode, `Council ${laCode}`);
    await fileReturns(api, laCode);
  }
  await createCouncil(api.store, { laCode: NO_AGREEMENT, name: 'Council 622' }, admin, NOW);
  await oldStates(OLD_STATES);
  await oldStates(RACE_STATES);
  // The draft's state as written before state items said it was ready for sign-off.
  await send(
    new UpdateCommand({
      TableName: TableName(),
      Key: keys.returnState(OLD_STATES, PERIOD),
      UpdateExpression: 'REMOVE readyForSignOff',
    }),
  );
  await send(
    new UpdateCommand({
      TableName: TableName(),
      Key: keys.returnStatesKept(OLDER_SHAPE),
      UpdateExpression: 'SET keptSince = :then REMOVE stateShape',
      ExpressionAttributeValues: { ':then': '2024-01-01T00:00:00.000Z' },
    }),
  );
  for (const period of PERIODS) {
    await send(
      new UpdateCommand({
        TableName: TableName(),
        Key: keys.returnState(OLDER_SHAPE, period),
        // The first state items carried no version either.
        UpdateExpression:
          period === PERIOD ? 'REMOVE mitigationReports, version' : 'REMOVE mitigationReports',
      }),
    );
  }
  await oldAgreement(OLD_AGREEMENT);
  await oldAgreement(RACE_AGREEMENT);
  await send(
    new UpdateCommand({
      TableName: TableName(),
      Key: keys.council(NO_AGREEMENT),
      UpdateExpression: 'REMOVE agreementSummarySince',
    }),
  );
}, 60_000);
afterAll(() => api.close());

describe('the councils backfill', () => {
  it('says on a dry run which councils lack what, and writes nothing', async () => {
    const counter = countCalls(api.store.db);
    try {
      expect(await backfillCouncils(api.store, NOW, { dryRun: true })).toEqual({
        councils: 7,
        lacking: {
          returnFigures: [],
          returnStates: [OLD_STATES, RACE_STATES, OLDER_SHAPE],
          agreementSummaries: [OLD_AGREEMENT, NO_AGREEMENT, RACE_AGREEMENT],
        },
      });
      // The councils' collection and one BatchGetItem: never a scan, nothing written.
      expect(counter.calls).toEqual(['QueryCommand', 'BatchGetItemCommand']);
    } finally {
      counter.stop();
    }
  });

  it('loses no return change that lands while it writes the state items', async () => {
    const result = await racing(
      'PutItemCommand',
      // After the backfill read the returns: the first return submitted again.
      () => buildSubmittedReturn(api.store, RACE_STATES, '2024-25-Q1', completeReturn(), 1),
      () => backfillReturnStates(api.store, RACE_STATES, NOW),
    );
    expect(result).toBe('written');
    const resubmitted = (await getReturn(api.store, RACE_STATES, '2024-25-Q1'))!;
    expect(resubmitted.version).toBe(2);
    expect(await item(keys.returnState(RACE_STATES, '2024-25-Q1'))).toEqual(
      returnStateItem(resubmitted),
    );
    expect(await item(keys.returnStatesKept(RACE_STATES))).toBeDefined();
    expect((await listReturns(api, RACE_STATES)).calls).toEqual(['GetItemCommand', 'QueryCommand']);
  });

  it('loses no agreement saved while it writes the summary', async () => {
    const result = await racing(
      'TransactWriteItemsCommand',
      () => varyAgreement(api.store, RACE_AGREEMENT, 'Varied'),
      () => backfillAgreementSummary(api.store, RACE_AGREEMENT, NOW),
    );
    expect(result).toBe('written');
    expect(await item(keys.agreementSummary(RACE_AGREEMENT))).toMatchObject({ version: 2 });
    expect(await item(keys.council(RACE_AGREEMENT))).toMatchObject({
      agreementSummarySince: NOW.toISOString(),
    });
  });

  it('brings the old councils onto the small items: the same pages, in fewer calls', async () => {
    const listedBefore = await listReturns(api, OLD_STATES);
    // The state items, then the returns themselves.
    expect(listedBefore.calls).toEqual(['GetItemCommand', 'QueryCommand', 'QueryCommand']);
    const shownBefore = await overview();
    expect(shownBefore.collectionsRead).toContain(collections.agreements);

    const result = await backfillCouncils(api.store, NOW);
    expect(result.lacking).toEqual({
      returnFigures: [],
      returnStates: [OLD_STATES, OLDER_SHAPE],
      agreementSummaries: [OLD_AGREEMENT, NO_AGREEMENT],
    });

    const listedAfter = await listReturns(api, OLD_STATES);
    expect(listedAfter.body).toEqual(listedBefore.body);
    expect(listedAfter.calls).toEqual(['GetItemCommand', 'QueryCommand']);
    const shownAfter = await overview();
    expect(shownAfter.rows).toEqual(shownBefore.rows);
    expect(shownAfter.collectionsRead).toEqual(
      shownBefore.collectionsRead.filter((c) => c !== collections.agreements),
    );
    for (const laCode of [OLD_STATES, OLDER_SHAPE]) {
      for (const period of PERIODS) {
        const record = (await getReturn(api.store, laCode, period))!;
        expect(await item(keys.returnState(laCode, period))).toEqual(returnStateItem(record));
      }
    }
    // The older shape's marker now says this release's shape, since when it was kept.
    expect(await item(keys.returnStatesKept(OLDER_SHAPE))).toMatchObject({
      keptSince: '2024-01-01T00:00:00.000Z',
      stateShape: 2,
    });
    expect(await item(keys.agreementSummary(NO_AGREEMENT))).toBeUndefined();
    expect(await item(keys.council(NO_AGREEMENT))).toMatchObject({
      agreementSummarySince: NOW.toISOString(),
    });
  });

  it('writes nothing when run again', async () => {
    const counter = countCalls(api.store.db);
    try {
      expect(await backfillCouncils(api.store, NOW)).toEqual({
        councils: 7,
        lacking: { returnFigures: [], returnStates: [], agreementSummaries: [] },
      });
      expect(counter.calls).toEqual(['QueryCommand', 'BatchGetItemCommand']);
    } finally {
      counter.stop();
    }
    expect(await backfillReturnStates(api.store, CURRENT, NOW)).toBe('kept');
    expect(await backfillAgreementSummary(api.store, CURRENT, NOW)).toBe('kept');
  });
});
