import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

/** Fair use: one caller over its limit gets 429 problem+json with Retry-After; others do not. */
let api: TestApi;
let first: string;
let second: string;

beforeAll(async () => {
  api = await startTestApi({
    rateLimits: { perCallerPerMinute: 8, expensivePerCallerPerMinute: 3 },
  });
  first = await api.tokenFor('dfe-reviewer', undefined, 'reviewer-1');
  second = await api.tokenFor('dfe-reviewer', undefined, 'reviewer-2');
});
afterAll(() => api.close());

function expect429(res: { status: number; headers: Headers; body: unknown }) {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({ status: 429, title: 'Too many requests' });
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

describe('per-caller limits', () => {
  it('hold back the expensive routes first, for that caller only', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await api.request('GET', '/api/v1/overview', { token: first })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect429(await api.request('GET', '/api/v1/overview.csv', { token: first }));
    // Cheaper routes still answer that caller, and the overview answers another.
    expect((await api.request('GET', '/api/v1/councils', { token: first })).status).toBe(200);
    expect((await api.request('GET', '/api/v1/overview', { token: second })).status).toBe(200);
  });

  it('then hold back every route for a caller over the whole limit', async () => {
    let res = await api.request('GET', '/api/v1/councils', { token: first });
    for (let i = 0; i < 10 && res.status !== 429; i++) {
      res = await api.request('GET', '/api/v1/councils', { token: first });
    }
    expect429(res);
    expect((await api.request('GET', '/api/v1/councils', { token: second })).status).toBe(200);
  });

  it('count requests without a token or with a forged one too, by their sender', async () => {
    let res = await api.request('GET', '/api/v1/councils', { token: 'forged' });
    for (let i = 0; i < 10 && res.status !== 429; i++) {
      res = await api.request('GET', '/api/v1/councils', { token: 'forged' });
    }
    expect429(res);
  });
});
