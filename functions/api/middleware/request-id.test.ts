import type { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { AppDeps } from '../env';

/** A logger that records the request's keys on each line, as the request log sends them. */
function recordingLogger() {
  const keys: Record<string, unknown>[] = [];
  const record = (_message: string, extra: Record<string, unknown> = {}) => {
    const { requestId, clientRequestId } = extra;
    keys.push({ requestId, ...(clientRequestId === undefined ? {} : { clientRequestId }) });
  };
  const logger = { info: record, warn: record, error: record };
  return { logger: logger as unknown as Logger, keys };
}

function appWith(logger: Logger) {
  return createApp({
    store: {} as AppDeps['store'],
    verifyToken: () => Promise.reject(new Error('no tokens here')),
    logger,
    now: () => new Date(),
  });
}

describe('request ids', () => {
  it("log the client's X-Request-Id beside our own id, never as it", async () => {
    const { logger, keys } = recordingLogger();
    const res = await appWith(logger).request('/api/health', {
      headers: { 'X-Request-Id': 'someone-elses-request' },
    });
    const ours = res.headers.get('x-request-id');
    expect(ours).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys).toContainEqual({ requestId: ours, clientRequestId: 'someone-elses-request' });
  });

  it("keep only safe characters of the client's id, and not too many", async () => {
    const { logger, keys } = recordingLogger();
    await appWith(logger).request('/api/health', {
      headers: { 'X-Request-Id': `a b"c<d>${'x'.repeat(500)}` },
    });
    const sent = keys.find((k) => 'clientRequestId' in k)?.clientRequestId as string;
    expect(sent.startsWith('abcdx')).toBe(true);
    expect(sent.length).toBeLessThanOrEqual(128);
  });

  it('give every request a fresh id when the client sends none', async () => {
    const { logger, keys } = recordingLogger();
    const app = appWith(logger);
    const a = (await app.request('/api/health')).headers.get('x-request-id');
    const b = (await app.request('/api/health')).headers.get('x-request-id');
    expect(a).not.toBe(b);
    expect(keys).toEqual([{ requestId: a }, { requestId: b }]);
  });
});
