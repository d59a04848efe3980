import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureCalls } from '../bench/replay-calls';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil, buildSubmittedReturn } from '../support/council-builder';
import { completeReturn } from '../support/fixtures';

/**
 * The routes the overhead benchmark times make these DynamoDB calls, in these sequential
 * waves: a call added, or a read moved out of its parallel wave, fails here however
 * noisy the timings are.
 */
let api: TestApi;
const LA = '301';
let editor: string;
let approver: string;

beforeAll(async () => {
  api = await startTestApi();
  await buildCouncil(api.store, LA, 'Council 301');
  await buildSubmittedReturn(api.store, LA, '2024-25-Q1');
  editor = await api.tokenFor('council-editor', LA);
  approver = await api.tokenFor('council-approver', LA);
});
afterAll(() => api.close());

/** The calls a request made, wave by wave, each wave's commands in order of name. */
async function wavesOf(method: string, path: string, token: string, options = {}) {
  const capture = captureCalls(api.store.db);
  try {
    const res = await api.request(method, path, { token, ...options });
    expect(res.status, `${method} ${path}`).toBeLessThan(300);
    return capture.waves().map((wave) => wave.map((call) => call.command).sort());
  } finally {
    capture.stop();
  }
}

const GET = 'GetItemCommand';
const TRANSACT = 'TransactWriteItemsCommand';

describe('round trips of the everyday routes', () => {
  it('GET the agreement: one read', async () => {
    expect(await wavesOf('GET', `/api/v1/councils/${LA}/agreement`, editor)).toEqual([[GET]]);
  });

  it('GET a return: the agreement and the return together', async () => {
    expect(await wavesOf('GET', `/api/v1/councils/${LA}/returns/2024-25-Q1`, editor)).toEqual([
      [GET, GET],
    ]);
  });

  it('PUT a draft: the agreement and the return together, then one transaction', async () => {
    const path = `/api/v1/councils/${LA}/returns/2024-25-Q2`;
    expect(await wavesOf('PUT', path, editor, { body: completeReturn() })).toEqual([
      [GET, GET],
      [TRANSACT],
    ]);
  });

  it('POST submit: the idempotency record, the agreement and the returns together, then one transaction', async () => {
    const path = `/api/v1/councils/${LA}/returns/2024-25-Q2/submit`;
    expect(
      await wavesOf('POST', path, approver, {
        body: { signOff: { name: 'S', role: 'S151' } },
        headers: { 'Idempotency-Key': 'round-trips-1' },
      }),
    ).toEqual([[GET, GET, GET, GET], [TRANSACT]]);
  });
});
