import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../functions/api/app';
import { startTestApi, type TestApi } from '../support/api';
import { createTestIssuer } from '../support/tokens';

let api: TestApi;
let issuer: Awaited<ReturnType<typeof createTestIssuer>>;
let admin: string;

const adminClaims = { sub: 'admin-1', roles: ['dfe-admin'] };

async function councilCount() {
  const res = await api.request<{ items: unknown[] }>('GET', '/api/v1/councils', { token: admin });
  return res.body.items.length;
}

async function auditCount(laCode: string) {
  const res = await api.request<{ items: unknown[] }>('GET', `/api/v1/councils/${laCode}/audit`, {
    token: admin,
  });
  return res.body.items.length;
}

function expectProblem(res: { status: number; headers: Headers; body: unknown }, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.headers.get('x-request-id')).toBeTruthy();
  expect(res.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
}

beforeAll(async () => {
  issuer = await createTestIssuer();
  api = await startTestApi({ verifyToken: issuer.verifyToken });
  admin = await issuer.sign(adminClaims);
  await api.request('POST', '/api/v1/councils', {
    token: admin,
    body: { laCode: '351', name: 'Bury' },
  });
});
afterAll(() => api.close());

describe('every failure is a problem+json 4xx and changes nothing', () => {
  const newCouncil = { laCode: '999', name: 'Nowhere' };

  it.each([
    ['no token', () => Promise.resolve(undefined), 401],
    [
      'an expired token',
      () => issuer.sign(adminClaims, { expiresIn: Math.floor(Date.now() / 1000) - 60 }),
      401,
    ],
    ['a token without an expiry (exp)', () => issuer.sign(adminClaims, { expiresIn: null }), 401],
    [
      'a token issued in the future (iat)',
      () => issuer.sign(adminClaims, { issuedAt: Math.floor(Date.now() / 1000) + 3600 }),
      401,
    ],
    ['a token signed by another key', () => issuer.sign(adminClaims, { key: 'stranger' }), 401],
    [
      'a token for another audience',
      () => issuer.sign(adminClaims, { audience: 'someone-else' }),
      401,
    ],
    ['a token from another issuer', () => issuer.sign(adminClaims, { issuer: 'urn:evil' }), 401],
    ['an HS256 token (algorithm confusion)', () => issuer.signHs256(adminClaims), 401],
    ['an unsigned token (alg none)', () => Promise.resolve(issuer.unsigned(adminClaims)), 401],
    [
      'a token with no role of this service',
      () => issuer.sign({ sub: 'x', roles: ['admin'] }),
      401,
    ],
    [
      'a council role without a council',
      () => issuer.sign({ sub: 'x', roles: ['council-editor'] }),
      401,
    ],
    [
      'a role that may not create councils',
      () => issuer.sign({ sub: 'r', roles: ['dfe-reviewer'] }),
      403,
    ],
    [
      'a council user',
      () => issuer.sign({ sub: 'c', roles: ['council-approver'], 'custom:laCode': '351' }),
      403,
    ],
  ])('%s', async (_name, makeToken, status) => {
    const before = await councilCount();
    const token = await makeToken();
    const res = await api.request('POST', '/api/v1/councils', {
      ...(token ? { token } : {}),
      body: newCouncil,
    });
    expectProblem(res, status);
    expect(await councilCount()).toBe(before);
  });

  it('accepts a token without iat, and one issued a few seconds ahead of our clock', async () => {
    for (const issuedAt of [null, Math.floor(Date.now() / 1000) + 5]) {
      const token = await issuer.sign(adminClaims, { issuedAt });
      expect((await api.request('GET', '/api/v1/councils', { token })).status).toBe(200);
    }
  });

  it('accepts Cognito-style group claims', async () => {
    const token = await issuer.sign({ sub: 'g', 'cognito:groups': ['dfe-reviewer'] });
    const res = await api.request('GET', '/api/v1/councils', { token });
    expect(res.status).toBe(200);
  });

  it('malformed JSON → 400', async () => {
    const before = await councilCount();
    const res = await api.request('POST', '/api/v1/councils', {
      token: admin,
      rawBody: '{"laCode": "999",',
    });
    expectProblem(res, 400);
    expect(await councilCount()).toBe(before);
  });

  it('an unknown field → 422 naming it', async () => {
    const res = await api.request('POST', '/api/v1/councils', {
      token: admin,
      body: { ...newCouncil, isAdmin: true },
    });
    expectProblem(res, 422);
    expect(res.body).toMatchObject({
      errors: [{ path: 'isAdmin', message: 'is not a known field' }],
    });
    expect((await api.request('GET', '/api/v1/councils/999', { token: admin })).status).toBe(404);
  });

  it('an oversized body → 413', async () => {
    const before = await auditCount('351');
    const res = await api.request('POST', '/api/v1/councils', {
      token: admin,
      body: { ...newCouncil, name: 'x'.repeat(MAX_BODY_BYTES + 1) },
    });
    expectProblem(res, 413);
    expect(await auditCount('351')).toBe(before);
    expect((await api.request('GET', '/api/v1/councils/999', { token: admin })).status).toBe(404);
  });

  it('a bad query → 400 with the field named', async () => {
    const res = await api.request('GET', '/api/v1/councils?limit=1000', { token: admin });
    expectProblem(res, 400);
    expect(res.body).toMatchObject({ errors: [{ path: 'limit' }] });
  });

  it('an unknown address → 404', async () => {
    expectProblem(await api.request('GET', '/api/v1/nothing-here', { token: admin }), 404);
  });
});

describe('tenant isolation', () => {
  it("gives a council user 404 for another council's resources and 403 for DfE-only routes", async () => {
    await api.request('POST', '/api/v1/councils', {
      token: admin,
      body: { laCode: '865', name: 'Wiltshire' },
    });
    const buryViewer = await issuer.sign({
      sub: 'v',
      roles: ['council-viewer'],
      'custom:laCode': '351',
    });
    for (const path of ['/api/v1/councils/865', '/api/v1/councils/865/audit']) {
      expectProblem(await api.request('GET', path, { token: buryViewer }), 404);
    }
    expect((await api.request('GET', '/api/v1/councils/351', { token: buryViewer })).status).toBe(
      200,
    );
    expect(
      (await api.request('GET', '/api/v1/councils/351/audit', { token: buryViewer })).status,
    ).toBe(200);
    // A council that does not exist looks exactly like one that belongs to someone else.
    const ghost = await api.request('GET', '/api/v1/councils/998', { token: buryViewer });
    const foreign = await api.request('GET', '/api/v1/councils/865', { token: buryViewer });
    expect(ghost.body).toEqual(foreign.body);
  });

  it("refuses a cursor from another council's listing", async () => {
    const buryViewer = await issuer.sign({
      sub: 'v',
      roles: ['council-viewer'],
      'custom:laCode': '351',
    });
    const forged = Buffer.from(
      JSON.stringify({ s: 'audit', k: { pk: 'COUNCIL#865', sk: 'AUDIT#9999' } }),
    ).toString('base64url');
    const res = await api.request('GET', `/api/v1/councils/351/audit?cursor=${forged}`, {
      token: buryViewer,
    });
    expectProblem(res, 400);
  });
});

describe('public routes', () => {
  it('serves health, the OpenAPI document and the docs page without a token', async () => {
    expect((await api.request('GET', '/api/health')).body).toEqual({ status: 'ok' });
    const doc = await api.request<{ openapi: string; paths: Record<string, unknown> }>(
      'GET',
      '/api/v1/openapi.json',
    );
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/councils',
        '/api/v1/councils/{laCode}',
        '/api/v1/councils/{laCode}/audit',
      ]),
    );
    const docs = await api.request<string>('GET', '/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.body).toContain('swagger-ui');
  });
});

describe('local sign-in outside local mode', () => {
  it('does not exist: 404 whatever the body, and no personas', async () => {
    const cloud = await startTestApi({ devIdentity: undefined });
    try {
      for (const body of [{ sub: 'x', role: 'dfe-admin' }, { nonsense: true }]) {
        const res = await cloud.request('POST', '/api/v1/dev/token', { body });
        expectProblem(res, 404);
      }
      expectProblem(await cloud.request('GET', '/api/v1/dev/personas'), 404);
    } finally {
      await cloud.close();
    }
  });
});
