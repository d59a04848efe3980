import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { countCalls } from '../support/count-calls';
import {
  buildCouncil,
  buildReformPlan,
  buildStabilityGrant,
  buildSubmittedReturn,
} from '../support/council-builder';

let api: TestApi;
let reviewer: string;

async function addCouncils(from: number, to: number) {
  for (let i = from; i < to; i++) {
    const laCode = String(200 + i);
    await buildCouncil(api.store, laCode, `Council ${laCode}`);
    await buildSubmittedReturn(api.store, laCode, '2024-25-Q2');
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
  it('makes the same DynamoDB calls for 150 councils as for 20: index queries, never a scan or a call per council', async () => {
    await addCouncils(0, 20);
    const small = await overviewCalls();
    expect(small.rows).toBe(20);

    await addCouncils(20, 150);
    const large = await overviewCalls();
    expect(large.rows).toBe(150);

    expect(large.calls).toEqual(small.calls);
    expect(large.calls.every((name) => name === 'QueryCommand')).toBe(true);
    // Councils, agreements, tranches, latest positions, three cadences of returns, two alert
    // states, and reform plans with stability grants.
    expect(large.calls.length).toBeLessThanOrEqual(10);
  }, 180_000);
});
