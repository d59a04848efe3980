import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil } from '../support/council-builder';

type OverviewRow = { laCode: string; returnStatus: string; dueOn: string | null; late: boolean };
type Summary = { period: string; late: boolean; dueOn: string };

let api: TestApi;
let reviewer: string;
const LA = '721';

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-01-15T09:00:00Z') });
  reviewer = await api.tokenFor('dfe-reviewer');
  // The term starts on 1 April 2023 but the agreement was signed on 15 August 2023:
  // 2023-24 Q1 (April to June) was over before it.
  await buildCouncil(api.store, LA, 'Signed in August', { signedOn: '2023-08-15' });
});
afterAll(() => api.close());

async function overviewRow(period: string): Promise<OverviewRow | undefined> {
  const res = await api.request<{ items: OverviewRow[] }>(
    'GET',
    `/api/v1/overview?period=${period}`,
    {
      token: reviewer,
    },
  );
  expect(res.status).toBe(200);
  return res.body.items.find((r) => r.laCode === LA);
}

describe('returns owed from the agreement’s signing', () => {
  it('shows no due date and never late on the overview for a quarter over before the signing', async () => {
    expect(await overviewRow('2023-24-Q1')).toMatchObject({
      returnStatus: 'missing',
      dueOn: null,
      late: false,
    });
    expect(await overviewRow('2023-24-Q2')).toMatchObject({
      returnStatus: 'missing',
      dueOn: '2023-10-30',
      late: true,
    });
  });

  it('never lists a return for such a quarter as late', async () => {
    const editor = await api.tokenFor('council-editor', LA);
    for (const period of ['2023-24-Q1', '2023-24-Q2']) {
      const saved = await api.request('PUT', `/api/v1/councils/${LA}/returns/${period}`, {
        token: editor,
        body: { narrative: 'Started late.' },
      });
      expect(saved.status).toBe(201);
    }
    const list = await api.request<{ items: Summary[] }>('GET', `/api/v1/councils/${LA}/returns`, {
      token: editor,
    });
    expect(list.body.items.map((r) => [r.period, r.late])).toEqual([
      ['2023-24-Q1', false],
      ['2023-24-Q2', true],
    ]);
  });
});
