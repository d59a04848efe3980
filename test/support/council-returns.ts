import { expect } from 'vitest';
import type { TestApi } from './api';
import { buildSubmittedReturn } from './council-builder';
import { countCalls } from './count-calls';
import { completeReturn } from './fixtures';

export type ReturnListing = {
  items: {
    period: string;
    status: string;
    version: number;
    submittedAt?: string;
    readyForSignOff?: unknown;
    forecastCumulativeDeficit?: number | null;
  }[];
};

/** The council's listing of its returns, as an editor sees it, and its DynamoDB calls (sorted). */
export async function listReturns(api: TestApi, laCode: string) {
  const token = await api.tokenFor('council-editor', laCode);
  const counter = countCalls(api.store.db);
  try {
    const res = await api.request<ReturnListing>('GET', `/api/v1/councils/${laCode}/returns`, {
      token,
    });
    expect(res.status).toBe(200);
    return { body: res.body, calls: [...counter.calls].sort() };
  } finally {
    counter.stop();
  }
}

/**
 * Returns of every kind the listing shows: 2024-25-Q1 submitted, 2024-25-Q2 a draft saved
 * twice and marked ready for sign-off, 2024-25-Q3 a plain draft.
 */
export async function fileReturns(api: TestApi, laCode: string) {
  await buildSubmittedReturn(api.store, laCode, '2024-25-Q1');
  const editor = await api.tokenFor('council-editor', laCode);
  const put = (period: string, headers: Record<string, string> = {}) =>
    api.request('PUT', `/api/v1/councils/${laCode}/returns/${period}`, {
      token: editor,
      body: completeReturn(),
      headers,
    });
  expect((await put('2024-25-Q2')).status).toBe(201);
  expect((await put('2024-25-Q2', { 'If-Match': '1' })).status).toBe(200);
  const ready = await api.request('POST', `/api/v1/councils/${laCode}/returns/2024-25-Q2/ready`, {
    token: editor,
    body: {},
  });
  expect(ready.status).toBe(200);
  expect((await put('2024-25-Q3')).status).toBe(201);
}
