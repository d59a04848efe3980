import { Logger } from '@aws-lambda-powertools/logger';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../schemas/alert';
import { createWebhookNotifier } from './webhook-notifier';

const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
const alert = { id: 'a1', laCode: '351', rule: 'ehcp-growth', severity: 'amber' } as Alert;
let server: Server | undefined;

afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

function listen(
  handler: (body: string, attempt: number) => number,
): Promise<{ url: string; bodies: string[] }> {
  const bodies: string[] = [];
  return new Promise((resolve) => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        bodies.push(body);
        res.statusCode = handler(body, bodies.length);
        res.end();
      });
    });
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/hook`, bodies }),
    );
  });
}

describe('the webhook notifier', () => {
  it('POSTs the alert as JSON, retrying after a failure', async () => {
    const hook = await listen((_body, attempt) => (attempt === 1 ? 503 : 204));
    await createWebhookNotifier({ logger, url: hook.url, backoffMs: 1 }).publish(alert, 'raised');
    expect(hook.bodies).toHaveLength(2);
    expect(JSON.parse(hook.bodies[1]!)).toMatchObject({
      event: 'alert.raised',
      alert: { id: 'a1' },
    });
  });

  it('gives up after its attempts without throwing, so a dead webhook never holds up the rules', async () => {
    const hook = await listen(() => 500);
    await expect(
      createWebhookNotifier({ logger, url: hook.url, attempts: 3, backoffMs: 1 }).publish(
        alert,
        'raised',
      ),
    ).resolves.toBeUndefined();
    expect(hook.bodies).toHaveLength(3);
  });

  it('does not wait forever on a webhook that never answers', async () => {
    server = createServer(() => undefined);
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const started = Date.now();
    await createWebhookNotifier({ logger, url, attempts: 2, timeoutMs: 200, backoffMs: 1 }).publish(
      alert,
      'raised',
    );
    expect(Date.now() - started).toBeLessThan(3000);
    server.closeAllConnections();
  });
});
