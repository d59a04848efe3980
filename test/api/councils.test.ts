import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let admin: string;

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.tokenFor('dfe-admin');
});
afterAll(() => api.close());

describe('councils', () => {
  it('lets a DfE admin create a council, and records who did it in the audit trail', async () => {
    const created = await api.request('POST', '/api/v1/councils', {
      token: admin,
      body: { laCode: '351', name: 'Bury', region: 'North West', statisticalNeighbours: ['865'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ laCode: '351', name: 'Bury', region: 'North West' });

    const read = await api.request('GET', '/api/v1/councils/351', { token: admin });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      laCode: '351',
      name: 'Bury',
      statisticalNeighbours: ['865'],
    });

    const audit = await api.request<{ items: { action: string; actor: { sub: string } }[] }>(
      'GET',
      '/api/v1/councils/351/audit',
      { token: admin },
    );
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      action: 'council.created',
      actor: { sub: 'dfe-admin-dfe', role: 'dfe-admin' },
      after: { laCode: '351', name: 'Bury' },
    });
  });

  it('refuses a duplicate LA code with 409 and leaves the first council as it was', async () => {
    await api.request('POST', '/api/v1/councils', {
      token: admin,
      body: { laCode: '352', name: 'Manchester' },
    });
    const again = await api.request('POST', '/api/v1/councils', {
      token: admin,
      body: { laCode: '352', name: 'Not Manchester' },
    });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    const read = await api.request('GET', '/api/v1/councils/352', { token: admin });
    expect(read.body).toMatchObject({ name: 'Manchester' });
  });

  it('shows DfE every council, page by page, and a council user only its own', async () => {
    for (const [laCode, name] of [
      ['801', 'Bristol'],
      ['839', 'Bournemouth, Christchurch and Poole'],
      ['865', 'Wiltshire'],
    ]) {
      await api.request('POST', '/api/v1/councils', { token: admin, body: { laCode, name } });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await api.request<{ items: { laCode: string }[]; nextCursor: string | null }>(
        'GET',
        `/api/v1/councils${query}`,
        { token: admin },
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((c) => c.laCode));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['351', '352', '801', '839', '865']);

    const viewer = await api.tokenFor('council-viewer', '865');
    const own = await api.request<{ items: { laCode: string }[] }>('GET', '/api/v1/councils', {
      token: viewer,
    });
    expect(own.body.items.map((c) => c.laCode)).toEqual(['865']);
  });

  it('rejects a cursor that was tampered with', async () => {
    const forged = Buffer.from(
      JSON.stringify({ s: 'audit', k: { pk: 'COUNCIL#351', sk: 'x' } }),
    ).toString('base64url');
    const res = await api.request('GET', `/api/v1/councils?cursor=${forged}`, { token: admin });
    expect(res.status).toBe(400);
    const garbage = await api.request('GET', '/api/v1/councils?cursor=not-a-cursor', {
      token: admin,
    });
    expect(garbage.status).toBe(400);
  });

  it('validates the council: LA code format, name, and unknown fields', async () => {
    const res = await api.request<{ errors: { path: string }[] }>('POST', '/api/v1/councils', {
      token: admin,
      body: { laCode: '35', name: '', colour: 'blue' },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e) => e.path).sort()).toEqual(['colour', 'laCode', 'name']);
    const missing = await api.request('GET', '/api/v1/councils/999', { token: admin });
    expect(missing.status).toBe(404);
  });
});
