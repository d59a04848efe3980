import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { countCalls } from '../support/count-calls';
import { putScorecard } from '../../shared/data/scorecards/put-scorecard';
import { putScorecardMonth } from '../../shared/data/scorecards/put-scorecard-month';
import {
  buildCouncil,
  buildReformPlan,
  buildStabilityGrant,
  buildSubmittedReturn,
} from '../support/council-builder';

let api: TestApi;

const editor = { sub: 'builder-editor', role: 'council-editor' } as const;

/** A scorecard and a month of figures: data the overview must not read. */
async function buildScorecardMonth(laCode: string) {
  const at = '2024-10-10T09:00:00.000Z';
  const now = new Date(at);
  const audit = { actor: editor, action: 'scorecard.created', entity: 'scorecard' };
  await putScorecard(
    api.store,
    {
      previousVersion: undefined,
      next: {
        laCode,
        version: 1,
        measures: [{ key: 'ehcp-20-week-pct' }],
        createdAt: at,
        updatedAt: at,
        updatedBy: editor,
      },
      audit,
    },
    now,
  );
  await putScorecardMonth(
    api.store,
    {
      previousVersion: undefined,
      next: {
        laCode,
        month: '2024-09',
        version: 1,
        values: [{ key: 'ehcp-20-week-pct', value: 50 }],
        createdAt: at,
        updatedAt: at,
        updatedBy: editor,
      },
      audit: { ...audit, action: 'scorecard.month.created', entity: 'scorecard 2024-09' },
    },
    now,
  );
}
let reviewer: string;

async function addCouncils(from: number, to: number) {
  for (let i = from; i < to; i++) {
    const laCode = String(200 + i);
    await buildCouncil(api.store, laCode, `Council ${laCode}`);
    await buildSubmittedReturn(api.store, laCode, '2024-25-Q2');
    await buildScorecardMonth(laCode);
    // Reform plans and stability grants come from one index query, whatever their number.
    await buildReformPlan(api.store, laCode, i % 2 === 0 ? 'approved' : 'submitted');
    await buildStabilityGrant(api.store, laCode, 1_000_000 + i);
  }
}

async function overviewCalls() {
  const counter = countCalls(api.store.db);
  try {
    const res = await api.request<{
      items: { reformPlanStatus: string; stabilityGrant: { status: string; grant: number } }[];
    }>('GET', '/api/v1/overview?period=2024-25-Q2', { token: reviewer });
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({
      reformPlanStatus: 'approved',
      stabilityGrant: { status: 'payable', grant: 900_000 },
    });
    return { rows: res.body.items.length, calls: [...counter.calls].sort() };
  } finally {
    counter.stop();
  }
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T09:00:00Z') });
  reviewer = await api.tokenFor('dfe-reviewer');
});
afterAll(() => api.close());

describe('the overview at scale', () => {
  it('makes the same DynamoDB calls for 150 councils as for 20 (each with a scorecard): index queries, never a scan or a call per council', async () => {
    await addCouncils(0, 20);
    const small = await overviewCalls();
    expect(small.rows).toBe(20);

    await addCouncils(20, 150);
    const large = await overviewCalls();
    expect(large.rows).toBe(150);

    expect(large.calls).toEqual(small.calls);
    expect(large.calls.every((name) => name === 'QueryCommand')).toBe(true);
    // Councils, agreement summaries, tranches, latest positions, three cadences of returns, the
    // open alerts, and reform plans with stability grants.
    expect(large.calls.length).toBeLessThanOrEqual(9);
  }, 180_000);
});
