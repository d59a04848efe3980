import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBServiceException } from '@aws-sdk/client-dynamodb';
import type { Store } from '../../shared/data/client';
import { startTestApi, type TestApi } from '../support/api';
import { createTestStore } from '../support/test-store';

/**
 * A cursor is bound to its listing's key range and filters: a council user's own
 * partition outside the listing's range, or a genuine cursor under another filter,
 * is refused with 400 before DynamoDB sees it (it would answer a ValidationException).
 */
let api: TestApi;
let admin: string;
let viewer: string;

const cursor = (body: unknown) => Buffer.from(JSON.stringify(body)).toString('base64url');

function expect400(res: { status: number; headers: Headers }) {
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
}

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.tokenFor('dfe-admin');
  viewer = await api.tokenFor('council-viewer', '351');
  for (const [laCode, name] of [
    ['351', 'Bury'],
    ['352', 'Manchester'],
  ]) {
    await api.request('POST', '/api/v1/councils', { token: admin, body: { laCode, name } });
  }
});
afterAll(() => api.close());

describe('cursors outside their listing', () => {
  it("refuses an audit key on the council's alerts listing", async () => {
    const audit = cursor({
      s: 'council-alerts',
      k: { pk: 'COUNCIL#351', sk: 'AUDIT#2024-01-01T00:00:00.000Z#01' },
    });
    expect400(
      await api.request('GET', `/api/v1/councils/351/alerts?cursor=${audit}`, { token: viewer }),
    );
  });

  it("refuses an alert key on the council's audit listing", async () => {
    const alert = cursor({ s: 'audit', k: { pk: 'COUNCIL#351', sk: 'ALERT#01' } });
    expect400(
      await api.request('GET', `/api/v1/councils/351/audit?cursor=${alert}`, { token: viewer }),
    );
  });

  it('refuses a position of another status on the alerts filtered by status', async () => {
    const dfe = await api.tokenFor('dfe-reviewer');
    const k = {
      pk: 'COUNCIL#351',
      sk: 'ALERT#01',
      gsi2pk: 'ALERTS',
      gsi2sk: 'resolved#2024-01-01T00:00:00.000Z#351#01',
    };
    // A cursor from the unfiltered listing, reused under `status=open`...
    const unfiltered = cursor({ s: 'alerts', k });
    expect400(
      await api.request('GET', `/api/v1/alerts?status=open&cursor=${unfiltered}`, { token: dfe }),
    );
    // ...and one claiming the right filter with a position outside its range.
    const claimed = cursor({ s: 'alerts', f: '[["status","open"]]', k });
    expect400(
      await api.request('GET', `/api/v1/alerts?status=open&cursor=${claimed}`, { token: dfe }),
    );
  });

  it('refuses a genuine cursor of the council list with its index key changed', async () => {
    const first = await api.request<{ nextCursor: string }>('GET', '/api/v1/councils?limit=1', {
      token: admin,
    });
    const { s, k } = JSON.parse(Buffer.from(first.body.nextCursor, 'base64url').toString()) as {
      s: string;
      k: Record<string, string>;
    };
    for (const change of [{ gsi1pk: 'AGREEMENTS' }, { sk: 'AGREEMENT' }]) {
      const moved = cursor({ s, k: { ...k, ...change } });
      expect400(await api.request('GET', `/api/v1/councils?cursor=${moved}`, { token: admin }));
    }
    const genuine = await api.request('GET', `/api/v1/councils?cursor=${first.body.nextCursor}`, {
      token: admin,
    });
    expect(genuine.status).toBe(200);
  });

  it('answers 400, not 500, when DynamoDB itself refuses a start key', async () => {
    // AWS refuses a start key whose sort key is over 1,024 bytes; DynamoDB Local takes it,
    // so the store here answers such a query as AWS does.
    const real = await createTestStore();
    const send = real.db.send.bind(real.db) as (command: unknown) => Promise<unknown>;
    const strict = {
      ...real,
      db: {
        send: async (command: { input?: { ExclusiveStartKey?: { sk?: string } } }) => {
          const sk = command.input?.ExclusiveStartKey?.sk;
          if (sk && Buffer.byteLength(sk) > 1024) {
            throw new DynamoDBServiceException({
              name: 'ValidationException',
              $fault: 'client',
              $metadata: { httpStatusCode: 400 },
              message: 'One or more parameter values were invalid: sort key too long',
            });
          }
          return send(command);
        },
      } as unknown as Store['db'],
    };
    const cloudlike = await startTestApi({ store: strict });
    try {
      const token = await cloudlike.tokenFor('dfe-admin');
      await cloudlike.request('POST', '/api/v1/councils', {
        token,
        body: { laCode: '351', name: 'Bury' },
      });
      const long = cursor({ s: 'audit', k: { pk: 'COUNCIL#351', sk: `AUDIT#${'é'.repeat(600)}` } });
      const res = await cloudlike.request('GET', `/api/v1/councils/351/audit?cursor=${long}`, {
        token,
      });
      expect400(res);
    } finally {
      await cloudlike.close();
    }
  });
});
