import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { agreementBody, completeReturn } from '../support/fixtures';

let api: TestApi;
let admin: string;
let viewer: string;
let editor: string;
let approver: string;
let otherEditor: string;

type Detail = {
  period: string;
  status: string;
  version: number;
  content: Record<string, unknown>;
  readyForSignOff?: { by: { sub: string; role: string }; at: string };
  errors?: { path: string; message: string }[];
};
type Page = { items: Detail[]; nextCursor: string | null };

const base = '/api/v1/councils/351/returns';
const signOff = { signOff: { name: 'Sam Patel', role: 'Section 151 officer' } };

function save(period: string, body: unknown, version?: number) {
  return api.request<Detail>('PUT', `${base}/${period}`, {
    token: editor,
    body,
    ...(version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } }),
  });
}

function ready(period: string, token = editor, headers: Record<string, string> = {}) {
  return api.request<Detail>('POST', `${base}/${period}/ready`, { token, headers, body: {} });
}

const waiting = async () =>
  (await api.request<Page>('GET', `${base}?ready=true`, { token: approver })).body.items.map(
    (r) => r.period,
  );

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T10:00:00Z') });
  admin = await api.tokenFor('dfe-admin');
  viewer = await api.tokenFor('council-viewer', '351');
  editor = await api.tokenFor('council-editor', '351');
  approver = await api.tokenFor('council-approver', '351');
  otherEditor = await api.tokenFor('council-editor', '865');
  for (const [laCode, name] of [
    ['351', 'Bury'],
    ['865', 'Wiltshire'],
  ]) {
    await api.request('POST', '/api/v1/councils', { token: admin, body: { laCode, name } });
    await api.request('PUT', `/api/v1/councils/${laCode}/agreement`, {
      token: admin,
      body: agreementBody(),
    });
  }
});
afterAll(() => api.close());

describe('starting a new return from the latest submitted one', () => {
  it('is empty before anything was submitted', async () => {
    const res = await api.request('GET', `${base}/2024-25-Q1/prefill`, { token: editor });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
  });

  it('carries conditions with their statements, workstreams and risks, never figures or narrative', async () => {
    const period = '2024-25-Q1';
    await save(period, completeReturn());
    const submitted = await api.request('POST', `${base}/${period}/submit`, {
      token: approver,
      body: signOff,
      headers: { 'Idempotency-Key': 'prefill-q1' },
    });
    expect(submitted.status).toBe(200);

    const res = await api.request<Record<string, unknown>>('GET', `${base}/2024-25-Q2/prefill`, {
      token: editor,
    });
    expect(res.status).toBe(200);
    const full = completeReturn();
    expect(res.body).toEqual({
      conditions: full.conditions,
      workstreams: full.workstreams,
      risks: full.risks,
    });

    // What it gives can be saved as it is: a draft for the next period starts from it.
    const started = await save('2024-25-Q2', res.body);
    expect(started.status).toBe(201);
    expect(started.body.content).toEqual(res.body);
  });

  it('refuses a period the agreement does not take, and another council', async () => {
    expect((await api.request('GET', `${base}/2030-31-Q1/prefill`, { token: editor })).status).toBe(
      404,
    );
    expect(
      (await api.request('GET', `${base}/2024-25-Q2/prefill`, { token: otherEditor })).status,
    ).toBe(404);
  });
});

describe('sending a return for sign-off', () => {
  const period = '2024-25-Q3';

  it('marks a draft ready, lists it as waiting, and audits it', async () => {
    const draft = await save(period, completeReturn());
    expect(await waiting()).toEqual([]);

    const res = await ready(period);
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(draft.body.version + 1);
    expect(res.body.readyForSignOff).toMatchObject({
      by: { sub: 'council-editor-351', role: 'council-editor' },
      at: '2024-12-01T10:00:00.000Z',
    });
    expect(await waiting()).toEqual([period]);
    const notReady = await api.request<Page>('GET', `${base}?ready=false`, { token: approver });
    expect(notReady.body.items.map((r) => r.period)).not.toContain(period);

    const audit = await api.request<{ items: { action: string }[] }>(
      'GET',
      '/api/v1/councils/351/audit',
      { token: admin },
    );
    expect(audit.body.items[0]?.action).toBe('return.ready-for-sign-off');
    const history = await api.request<{ items: { action: string }[] }>(
      'GET',
      `${base}/${period}/history`,
      { token: editor },
    );
    expect(history.body.items[0]?.action).toBe('ready');
  });

  it('is cleared by any later edit, and by the submission', async () => {
    const current = await api.request<Detail>('GET', `${base}/${period}`, { token: editor });
    const edited = await save(
      period,
      completeReturn({ narrative: 'Changed.' }),
      current.body.version,
    );
    expect(edited.status).toBe(200);
    expect(edited.body.readyForSignOff).toBeUndefined();
    expect(await waiting()).toEqual([]);

    expect((await ready(period)).status).toBe(200);
    expect(await waiting()).toEqual([period]);
    const submitted = await api.request<Detail>('POST', `${base}/${period}/submit`, {
      token: approver,
      body: signOff,
      headers: { 'Idempotency-Key': 'ready-q3' },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.readyForSignOff).toBeUndefined();
    expect(await waiting()).toEqual([]);
  });

  it.each([
    ['a submitted return', period, editor, {}, 409],
    ['a period with no return', '2024-25-Q4', editor, {}, 404],
    ['a viewer', period, () => viewer, {}, 403],
    ['another council', period, () => otherEditor, {}, 404],
  ] as const)('refuses %s', async (_what, p, token, headers, status) => {
    const res = await ready(p, typeof token === 'function' ? token() : token, headers);
    expect(res.status).toBe(status);
  });

  it('checks If-Match when it is sent, and changes nothing when stale', async () => {
    const p = '2024-25-Q4';
    const draft = await save(p, completeReturn());
    const stale = await ready(p, editor, { 'If-Match': `"${draft.body.version + 5}"` });
    expect(stale.status).toBe(412);
    expect(await waiting()).toEqual([]);
    const fresh = await ready(p, editor, { 'If-Match': `"${draft.body.version}"` });
    expect(fresh.status).toBe(200);
    expect(await waiting()).toEqual([p]);
  });
});
