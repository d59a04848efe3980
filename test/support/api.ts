import { Logger } from '@aws-lambda-powertools/logger';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../functions/api/app';
import type { AppDeps } from '../../functions/api/env';
import type { Role } from '../../shared/auth';
import { createLocalIdentity, type LocalIdentity } from '../../infra/local/identity';
import { createTestStore } from './test-store';

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as-is instead of JSON-encoding `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;

/**
 * The API as a client meets it: a real HTTP server on a free port, over a fresh
 * table on DynamoDB Local, with the local identity provider issuing tokens.
 */
export async function startTestApi(overrides: Partial<AppDeps> = {}) {
  const store = await createTestStore();
  const identity: LocalIdentity = await createLocalIdentity({
    personas: () => Promise.resolve([]),
  });
  const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
  const app = createApp({
    store,
    verifyToken: identity.verifyToken,
    logger,
    devIdentity: identity,
    now: () => new Date(),
    ...overrides,
  });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function request<T = unknown>(method: string, path: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !headers['Content-Type'])
      headers['Content-Type'] = 'application/json';
    const res = await fetch(`${url}${path}`, { method, headers, body });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json') && text ? (JSON.parse(text) as T) : (text as T);
    return { status: res.status, headers: res.headers, body: parsed } as ApiResponse<T>;
  }

  /** A token for a user of the given role (and council, for council roles). */
  function tokenFor(role: Role, laCode?: string, sub = `${role}-${laCode ?? 'dfe'}`) {
    return identity.issueToken({ sub, name: `Test ${role}`, role, ...(laCode ? { laCode } : {}) });
  }

  return {
    url,
    store,
    identity,
    request,
    tokenFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
