import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/data/keys';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil } from '../support/council-builder';
import { fileReturns, listReturns } from '../support/council-returns';

/**
 * A council's returns are listed from their small state items when the council was
 * created with `keys.returnStatesKept`; a council created before that is listed from its
 * returns, so a return written before state items existed is still found. Both list the
 * same thing.
 */
let api: TestApi;
const NEW = '501';
const OLD = '502';

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T09:00:00Z') });
  for (const laCode of [NEW, OLD]) {
    await buildCouncil(api.store, laCode, `Council ${laCode}`);
    await fileReturns(api, laCode);
  }
  // OLD as a council created before state items were kept with it, with a return from
  // before state items existed: no state item for 2024-25-Q1.
  const { db, tableName } = api.store;
  await db.send(new DeleteCommand({ TableName: tableName, Key: keys.returnStatesKept(OLD) }));
  await db.send(
    new DeleteCommand({ TableName: tableName, Key: keys.returnState(OLD, '2024-25-Q1') }),
  );
});
afterAll(() => api.close());

describe('listing a council’s returns', () => {
  it('lists a new council’s returns from their state items, in one query', async () => {
    const { body, calls } = await listReturns(api, NEW);
    expect(body.items.map((r) => [r.period, r.status, r.version])).toEqual([
      ['2024-25-Q1', 'submitted', 1],
      ['2024-25-Q2', 'draft', 3],
      ['2024-25-Q3', 'draft', 1],
    ]);
    expect(body.items[0]?.submittedAt).toBe('2024-11-01T09:00:00.000Z');
    expect(body.items[0]?.forecastCumulativeDeficit).toEqual(expect.any(Number));
    expect(body.items[1]?.readyForSignOff).toMatchObject({ at: expect.any(String) });
    expect(body.items[2]?.readyForSignOff).toBeUndefined();
    // The agreement, and the state items (never the returns).
    expect(calls).toEqual(['GetItemCommand', 'QueryCommand']);
  });

  it('lists what the returns themselves say', async () => {
    const fromStates = (await listReturns(api, NEW)).body;
    await api.store.db.send(
      new DeleteCommand({ TableName: api.store.tableName, Key: keys.returnStatesKept(NEW) }),
    );
    const fromReturns = await listReturns(api, NEW);
    expect(fromReturns.calls).toEqual(['GetItemCommand', 'QueryCommand', 'QueryCommand']);
    expect(fromReturns.body).toEqual(fromStates);
  });

  it('finds an older council’s return written before state items existed', async () => {
    const { body, calls } = await listReturns(api, OLD);
    expect(body.items.map((r) => [r.period, r.status, r.version])).toEqual([
      ['2024-25-Q1', 'submitted', 1],
      ['2024-25-Q2', 'draft', 3],
      ['2024-25-Q3', 'draft', 1],
    ]);
    // The state items, then the returns themselves.
    expect(calls).toEqual(['GetItemCommand', 'QueryCommand', 'QueryCommand']);
  });
});
