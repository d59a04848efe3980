import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Principal } from '../../../shared/auth';
import { createApp } from '../app';
import type { AppDeps } from '../env';

const CALLERS: Record<string, Principal> = {
  'token-ann': { sub: 'ann', role: 'council-editor', laCode: '351' },
  'token-dee': { sub: 'dee', role: 'dfe-reviewer' },
};

/** The real Powertools logger, its JSON lines caught as they are written. */
function appLoggingTo(lines: Record<string, unknown>[]) {
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n').filter(Boolean))
      lines.push(JSON.parse(line) as Record<string, unknown>);
    return true;
  });
  const logger = new Logger({ serviceName: 'request-logger-test', logLevel: 'INFO' });
  const createChild = vi.spyOn(logger, 'createChild');
  const app = createApp({
    store: {} as AppDeps['store'],
    verifyToken: async (token) => {
      // Slow enough that concurrent requests overlap while their callers are known.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const principal = CALLERS[token];
      if (!principal) throw new Error('unexpected token');
      return principal;
    },
    logger,
    now: () => new Date(),
  });
  return { app, createChild };
}

const get = (app: ReturnType<typeof createApp>, path: string, token?: string) =>
  app.request(path, token ? { headers: { Authorization: `Bearer ${token}` } } : {});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the request log', () => {
  it('gives every line its request id and caller, without a child logger per request', async () => {
    const lines: Record<string, unknown>[] = [];
    const { app, createChild } = appLoggingTo(lines);
    const res = await get(app, '/api/v1/councils/351/nothing-here', 'token-ann');
    const request = lines.find((l) => l.message === 'request');
    expect(request).toMatchObject({
      requestId: res.headers.get('x-request-id'),
      userId: 'ann',
      laCode: '351',
      status: 404,
      method: 'GET',
    });
    expect(createChild).not.toHaveBeenCalled();
  });

  it('lends no request’s keys to another, concurrent or later', async () => {
    const lines: Record<string, unknown>[] = [];
    const { app } = appLoggingTo(lines);
    const [ann, dee] = await Promise.all([
      get(app, '/api/v1/councils/351/nothing-here', 'token-ann'),
      get(app, '/api/v1/nothing-here', 'token-dee'),
    ]);
    const anonymous = await get(app, '/api/health');
    const lineOf = (res: Response) =>
      lines.find((l) => l.message === 'request' && l.requestId === res.headers.get('x-request-id'));
    expect(lineOf(ann)).toMatchObject({ userId: 'ann', laCode: '351' });
    expect(lineOf(dee)).toMatchObject({ userId: 'dee' });
    expect(lineOf(dee)).not.toHaveProperty('laCode');
    expect(lineOf(anonymous)).toMatchObject({ path: '/api/health', status: 200 });
    expect(lineOf(anonymous)).not.toHaveProperty('userId');
    expect(lineOf(anonymous)).not.toHaveProperty('laCode');
  });
});
