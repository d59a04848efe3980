import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocal, type LocalRunner } from '../../infra/local/start';

/**
 * What the local runner answers over HTTP besides the API's own routes: the security
 * headers CloudFront sends in AWS, and problem+json for any unknown API address or method.
 */
let runner: LocalRunner;
let admin: string;

beforeAll(async () => {
  runner = await startLocal({ port: 0, dataDir: 'memory', seed: 'none', logLevel: 'SILENT' });
  const res = await fetch(`${runner.url}/api/v1/dev/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sub: 'admin-1', role: 'dfe-admin' }),
  });
  admin = ((await res.json()) as { token: string }).token;
}, 60_000);
afterAll(() => runner?.stop());

const get = (path: string, init: RequestInit = {}) => fetch(`${runner.url}${path}`, init);

describe('the local runner over HTTP', () => {
  it.each(['/', '/councils/351', '/api/health', '/api/v1/openapi.json'])(
    'sends the security headers on %s',
    async (path) => {
      const res = await get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    },
  );

  it('never lets an API response be stored', async () => {
    for (const res of [
      await get('/api/health'),
      await get('/api/v1/councils', { headers: { Authorization: `Bearer ${admin}` } }),
      await get('/api/v1/councils'),
    ]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it.each(['/api/nothing', '/api/v1/nothing', '/api/v1/councils/351/nothing'])(
    'answers the unknown address %s with a problem+json 404, not the web app',
    async (path) => {
      const res = await get(path, { headers: { Authorization: `Bearer ${admin}` } });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(((await res.json()) as { status: number }).status).toBe(404);
    },
  );

  it.each([
    ['DELETE', '/api/v1/councils', 'GET, HEAD, POST'],
    ['PATCH', '/api/v1/councils/351/agreement', 'GET, HEAD, PUT'],
    ['PUT', '/api/health', 'GET, HEAD'],
  ])('answers %s %s with a problem+json 405 and Allow: %s', async (method, path, allow) => {
    const res = await get(path, { method, headers: { Authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
