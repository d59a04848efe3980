import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillCouncils } from '../../shared/data/councils/backfill-councils';
import { keys } from '../../shared/data/keys';
import { backfillReturnFigures } from '../../shared/data/returns/backfill-return-figures';
import { getReturn } from '../../shared/data/returns/get-return';
import { writeReturnChange } from '../../shared/data/returns/write-return-change';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil, buildSubmittedReturn } from '../support/council-builder';
import { countCalls } from '../support/count-calls';
import { completeReturn } from '../support/fixtures';

/**
 * Councils created before figures were kept have no complete figures item, so `compare`
 * reads each one's returns. The backfill builds the item from their submitted returns:
 * afterwards `compare` makes one call whatever the councils, with the same figures, and a
 * return change that lands while it builds an item is never lost.
 */
let api: TestApi;
let reviewer: string;
const NOW = new Date('2026-12-01T09:00:00Z');
const PERIODS = ['2023-24-Q4', '2024-25-Q1', '2024-25-Q2'];
/** 610 has no figures item; 611 one that a later submission started, before changes were counted. */
const LEGACY = ['610', '611'];
/** Created with its figures item, as every council is now. */
const KEPT = '612';

const withDeficit = (forecastCumulativeDeficit: number, ehcpsTotal = 2380) =>
  completeReturn({
    finance: { ...completeReturn().finance!, forecastCumulativeDeficit },
    demand: { ...completeReturn().demand!, ehcpsTotal },
  });

async function compare(measure: string, laCodes: string[]) {
  const counter = countCalls(api.store.db);
  try {
    const res = await api.request<{ series: { laCode: string }[] }>(
      'GET',
      `/api/v1/compare?measure=${measure}&laCodes=${laCodes.join(',')}`,
      { token: reviewer },
    );
    expect(res.status).toBe(200);
    expect(res.body.series.map((s) => s.laCode)).toEqual(laCodes);
    return { body: res.body, calls: [...counter.calls] };
  } finally {
    counter.stop();
  }
}

const figuresItem = async (laCode: string) =>
  (
    await api.store.db.send(
      new GetCommand({ TableName: api.store.tableName, Key: keys.returnFigures(laCode) }),
    )
  ).Item;

const forgetFigures = (laCode: string) =>
  api.store.db.send(
    new DeleteCommand({ TableName: api.store.tableName, Key: keys.returnFigures(laCode) }),
  );

/** Its submission taken back: the return is a draft again, so its figures leave the item. */
async function withdraw(laCode: string, period: string) {
  const previous = (await getReturn(api.store, laCode, period))!;
  const { submittedAt: _at, submittedBy: _by, ...rest } = previous;
  const at = NOW.toISOString();
  const actor = { sub: 'backfill-approver', role: 'council-approver' } as const;
  await writeReturnChange(
    api.store,
    {
      previous,
      next: { ...rest, status: 'draft', version: previous.version + 1, updatedAt: at },
      history: {
        period,
        version: previous.version + 1,
        action: 'saved',
        status: 'draft',
        at,
        actor,
      },
      audit: { actor, action: 'return.saved', entity: `return ${period}` },
    },
    NOW,
  );
}

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  reviewer = await api.tokenFor('dfe-reviewer');
  for (const [i, laCode] of [...LEGACY, KEPT, '613'].entries()) {
    await buildCouncil(api.store, laCode, `Council ${laCode}`);
    for (const [p, period] of PERIODS.entries())
      await buildSubmittedReturn(api.store, laCode, period, withDeficit(1_000_000 * (i + 1) + p));
  }
  // 610: made before figures were kept, so no item at all.
  await forgetFigures('610');
  // 611: its item started by a later resubmission, before a change counted itself.
  await forgetFigures('611');
  await buildSubmittedReturn(api.store, '611', PERIODS[2]!, withDeficit(42, 2500), 1);
  await api.store.db.send(
    new UpdateCommand({
      TableName: api.store.tableName,
      Key: keys.returnFigures('611'),
      UpdateExpression: 'REMOVE changes',
    }),
  );
}, 60_000);
afterAll(() => api.close());

describe('the return figures backfill', () => {
  it('makes legacy councils one call for compare, with the figures read from their returns', async () => {
    const councils = [...LEGACY, KEPT];
    const measures = ['finance.forecastCumulativeDeficit', 'demand.ehcpsTotal'];
    const before = await Promise.all(measures.map((m) => compare(m, councils)));
    // The old path: the returns of each legacy council queried besides.
    for (const { calls } of before) expect(calls).toContain('QueryCommand');
    expect((await figuresItem('611'))?.keptSince).toBeUndefined();

    const result = await backfillCouncils(api.store, NOW);
    expect(result.councils).toBe(4);
    expect(result.lacking.returnFigures).toEqual(LEGACY);

    for (const [i, measure] of measures.entries()) {
      const after = await compare(measure, councils);
      expect(after.calls).toEqual(['BatchGetItemCommand']);
      expect(after.body).toEqual(before[i]!.body);
    }
    expect((await figuresItem('611'))?.keptSince).toBe(NOW.toISOString());
  });

  it('leaves complete items alone when run again', async () => {
    const item = await figuresItem(KEPT);
    const counter = countCalls(api.store.db);
    try {
      expect((await backfillCouncils(api.store, NOW)).lacking.returnFigures).toEqual([]);
      expect(counter.calls.filter((c) => /Put|Update|Write/.test(c))).toEqual([]);
    } finally {
      counter.stop();
    }
    expect(await figuresItem(KEPT)).toEqual(item);
    expect(await backfillReturnFigures(api.store, KEPT, NOW)).toBe('kept');
  });

  it('loses no return change that lands while it builds an item', async () => {
    const laCode = '613';
    await forgetFigures(laCode);
    // Just before the backfill's put: a submission is taken back and another period
    // submitted, after the backfill read the returns.
    let raced = false;
    const name = 'race-the-backfill';
    api.store.db.middlewareStack.add(
      (next, context) => async (args) => {
        if (!raced && context.commandName === 'PutItemCommand') {
          raced = true;
          await withdraw(laCode, PERIODS[0]!);
          await buildSubmittedReturn(api.store, laCode, '2024-25-Q3', withDeficit(77));
        }
        return next(args);
      },
      { step: 'initialize', name },
    );
    try {
      expect(await backfillReturnFigures(api.store, laCode, NOW)).toBe('written');
    } finally {
      api.store.db.middlewareStack.remove(name);
    }
    expect(raced).toBe(true);
    const item = await figuresItem(laCode);
    expect(item?.keptSince).toBe(NOW.toISOString());
    expect(
      Object.keys(item!)
        .filter((k) => k.startsWith('P#'))
        .sort(),
    ).toEqual(['P#2024-25-Q1', 'P#2024-25-Q2', 'P#2024-25-Q3']);
    const { body, calls } = await compare('finance.forecastCumulativeDeficit', [laCode]);
    expect(calls).toEqual(['BatchGetItemCommand']);
    expect(body).toMatchObject({
      series: [{ points: [{ value: 4_000_001 }, { value: 4_000_002 }, { value: 77 }] }],
    });
  });
});
