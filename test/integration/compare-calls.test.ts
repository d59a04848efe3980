import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/data/keys';
import { writeReturnChange } from '../../shared/data/returns/write-return-change';
import { periodDueDate, periodFinancialYear } from '../../shared/domain';
import { startTestApi, type TestApi } from '../support/api';
import { buildSubmittedReturn } from '../support/council-builder';
import { countCalls } from '../support/count-calls';
import { completeReturn } from '../support/fixtures';
import { buildCouncilHistory, LATEST_MONTH, quarters } from '../support/history-builder';

/**
 * `compare` makes the same DynamoDB calls however many councils it compares (up to the
 * API's 20), for a return measure and for a scorecard measure: a query or read per
 * council would show here however noisy the timings are.
 */
let api: TestApi;
let reviewer: string;
const PERIODS = quarters(4);
const DRAFT = '2024-25-Q4';
const AT = '2024-12-01T09:00:00.000Z';
const editor = { sub: 'compare-editor', role: 'council-editor' } as const;
const codes = (n: number) => Array.from({ length: n }, (_, i) => String(500 + i));

type Comparison = {
  from: string;
  to: string;
  series: { laCode: string; points: { period: string; value: number; planned?: number }[] }[];
};

async function compare(measure: string, laCodes: string[], range = '') {
  const res = await api.request<Comparison>(
    'GET',
    `/api/v1/compare?measure=${measure}&laCodes=${laCodes.join(',')}${range}`,
    { token: reviewer },
  );
  expect(res.status).toBe(200);
  return res.body;
}

async function callsOf(measure: string, laCodes: string[]) {
  const counter = countCalls(api.store.db);
  try {
    const body = await compare(measure, laCodes);
    expect(body.series).toHaveLength(laCodes.length);
    return [...counter.calls].sort();
  } finally {
    counter.stop();
  }
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2026-12-01T09:00:00Z') });
  reviewer = await api.tokenFor('dfe-reviewer');
  for (let i = 0; i < 20; i += 5)
    await Promise.all(
      codes(20)
        .slice(i, i + 5)
        .map((laCode) =>
          buildCouncilHistory(api.store, laCode, { periods: PERIODS.length, monthCount: 3 }),
        ),
    );
}, 120_000);
afterAll(() => api.close());

describe('compare across councils', () => {
  it('reads a return measure of 2, 10 or 20 councils in one BatchGetItem', async () => {
    const measure = 'finance.forecastCumulativeDeficit';
    const two = await callsOf(measure, codes(2));
    expect(two).toEqual(['BatchGetItemCommand']);
    expect(await callsOf(measure, codes(10))).toEqual(two);
    expect(await callsOf(measure, codes(20))).toEqual(two);
  });

  it('reads a scorecard measure of 2, 10 or 20 councils in the same calls', async () => {
    const measure = 'scorecard:ehcp-20-week-pct';
    const two = await callsOf(measure, codes(2));
    expect(await callsOf(measure, codes(10))).toEqual(two);
    expect(await callsOf(measure, codes(20))).toEqual(two);
  });

  it('gives every submitted period with the plan alongside, and leaves unknown councils out', async () => {
    const body = await compare('finance.forecastCumulativeDeficit', ['500', '999']);
    expect(body.from).toBe(PERIODS[0]);
    expect(body.to).toBe(PERIODS.at(-1));
    expect(body.series.map((s) => s.laCode)).toEqual(['500']);
    expect(body.series[0]!.points.map((p) => p.period)).toEqual(PERIODS);
    expect(body.series[0]!.points.every((p) => p.value === 5_000_000)).toBe(true);
    expect(body.series[0]!.points.every((p) => typeof p.planned === 'number')).toBe(true);
  });

  it("follows a submitted return's later changes, and compares only submitted returns", async () => {
    const laCode = '501';
    // Submitted again with new figures: the comparison shows the new ones.
    await buildSubmittedReturn(
      api.store,
      laCode,
      PERIODS[0]!,
      completeReturn({ finance: { ...completeReturn().finance!, forecastCumulativeDeficit: 7 } }),
      1,
    );
    // A draft of another period, never submitted, is not compared.
    await writeReturnChange(
      api.store,
      {
        previous: undefined,
        next: {
          laCode,
          period: DRAFT,
          financialYear: periodFinancialYear(DRAFT),
          status: 'draft',
          version: 1,
          dueOn: periodDueDate(DRAFT),
          content: completeReturn(),
          createdAt: AT,
          updatedAt: AT,
          updatedBy: editor,
        },
        history: {
          period: DRAFT,
          version: 1,
          action: 'saved',
          status: 'draft',
          at: AT,
          actor: editor,
        },
        audit: { actor: editor, action: 'return.saved', entity: `return ${DRAFT}` },
      },
      new Date(AT),
    );
    const body = await compare('finance.forecastCumulativeDeficit', [laCode]);
    expect(body.series[0]!.points.map((p) => p.period)).toEqual(PERIODS);
    expect(body.series[0]!.points[0]).toMatchObject({ period: PERIODS[0], value: 7 });
    const months = await compare('scorecard:ehcp-20-week-pct', [laCode]);
    expect(months.to).toBe(LATEST_MONTH);
  });

  it('reads the returns themselves of a council whose figures were not kept from its start', async () => {
    const laCode = '502';
    const before = await compare('demand.ehcpsTotal', [laCode, '503']);
    // As for a council created before figures were kept: no figures item, then one that a
    // later submission starts, holding that period only.
    await api.store.db.send(
      new DeleteCommand({ TableName: api.store.tableName, Key: keys.returnFigures(laCode) }),
    );
    expect(await compare('demand.ehcpsTotal', [laCode, '503'])).toEqual(before);
    await buildSubmittedReturn(api.store, laCode, PERIODS.at(-1)!, completeReturn(), 1);
    expect(await compare('demand.ehcpsTotal', [laCode, '503'])).toEqual(before);
  });
});
