import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil } from '../support/council-builder';
import { completeReturn } from '../support/fixtures';

type Latest = {
  period: string;
  forecastCumulativeDeficit: number | null;
  plannedCumulativeDeficit: number | null;
  variance: number | null;
} | null;
type Overview = {
  period: string;
  items: { laCode: string; returnStatus: string; variance: number | null; latest: Latest }[];
};

let api: TestApi;
let reviewer: string;
const planned2024 = 4_000_000;

/** Saves and submits a return through the API, as a council would. */
async function submit(laCode: string, period: string, forecast: number) {
  const editor = await api.tokenFor('council-editor', laCode);
  const approver = await api.tokenFor('council-approver', laCode);
  const current = await api.request<{ version: number }>(
    'GET',
    `/api/v1/councils/${laCode}/returns/${period}`,
    { token: editor },
  );
  const saved = await api.request('PUT', `/api/v1/councils/${laCode}/returns/${period}`, {
    token: editor,
    body: completeReturn({
      finance: { ...completeReturn().finance!, forecastCumulativeDeficit: forecast },
    }),
    headers: current.status === 200 ? { 'If-Match': String(current.body.version) } : {},
  });
  expect(saved.status).toBeLessThan(300);
  const submitted = await api.request(
    'POST',
    `/api/v1/councils/${laCode}/returns/${period}/submit`,
    {
      token: approver,
      body: { signOff: { name: 'A. Officer', role: 'Section 151 officer' } },
      headers: { 'Idempotency-Key': `${laCode}-${period}-${forecast}` },
    },
  );
  expect(submitted.status).toBe(200);
}

async function review(laCode: string, period: string) {
  const res = await api.request('POST', `/api/v1/councils/${laCode}/returns/${period}/review`, {
    token: reviewer,
    body: { decision: 'return', comments: 'Please explain the movement.' },
  });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T09:00:00Z') });
  reviewer = await api.tokenFor('dfe-reviewer');
  await buildCouncil(api.store, '701', 'Latest Q1 only');
  await buildCouncil(api.store, '702', 'Latest Q1 then resubmitted');
  await buildCouncil(api.store, '703', 'No return yet');
  // 701: £10m off plan in Q1, nothing since.
  await submit('701', '2024-25-Q1', planned2024 + 10_000_000);
  // 702: Q1 submitted, returned and resubmitted with new figures.
  await submit('702', '2024-25-Q1', planned2024 + 500_000);
  await review('702', '2024-25-Q1');
  await submit('702', '2024-25-Q1', planned2024 - 200_000);
});
afterAll(() => api.close());

describe("the overview's latest known position", () => {
  it('opens on the latest quarter that has submitted returns, not an empty later one', async () => {
    // 2024-25-Q2 has fallen due by 1 December 2024, but nobody has submitted it.
    const res = await api.request<Overview>('GET', '/api/v1/overview', { token: reviewer });
    expect(res.status).toBe(200);
    expect(res.body.period).toBe('2024-25-Q1');
  });

  it('shows each council’s latest submitted return whatever period is asked for', async () => {
    const res = await api.request<Overview>('GET', '/api/v1/overview?period=2024-25-Q2', {
      token: reviewer,
    });
    const row = (laCode: string) => res.body.items.find((r) => r.laCode === laCode)!;
    expect(row('701')).toMatchObject({
      returnStatus: 'missing',
      variance: null,
      latest: {
        period: '2024-25-Q1',
        forecastCumulativeDeficit: planned2024 + 10_000_000,
        plannedCumulativeDeficit: planned2024,
        variance: 10_000_000,
      },
    });
    // A resubmission's figures replace the first submission's.
    expect(row('702').latest).toEqual({
      period: '2024-25-Q1',
      forecastCumulativeDeficit: planned2024 - 200_000,
      plannedCumulativeDeficit: planned2024,
      variance: -200_000,
    });
    expect(row('703').latest).toBeNull();
  });

  it('keeps a later period as the latest when an earlier one is resubmitted after it', async () => {
    await submit('701', '2024-25-Q2', planned2024 + 3_000_000);
    await review('701', '2024-25-Q1');
    await submit('701', '2024-25-Q1', planned2024 + 9_000_000);
    const after = await api.request<Overview>('GET', '/api/v1/overview?period=2024-25-Q1', {
      token: reviewer,
    });
    expect(after.body.items.find((r) => r.laCode === '701')!.latest).toMatchObject({
      period: '2024-25-Q2',
      variance: 3_000_000,
    });
  });
});
