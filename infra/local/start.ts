import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { Logger } from '@aws-lambda-powertools/logger';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createApp } from '../../functions/api/app';
import { changeHandlers } from '../../functions/alerts/handlers';
import { processRecords } from '../../functions/alerts/process-records';
import { runScheduledChecks } from '../../functions/schedule/run-scheduled-checks';
import { createWebhookNotifier } from '../../shared/alerts/webhook-notifier';
import type { AlertingDeps } from '../../shared/alerts/apply-outcomes';
import { createOutboxSender } from '../../shared/messaging/outbox-sender';
import { DEFAULT_RATE_LIMITS, type RateLimits } from '../../shared/config/rate-limits';
import { createDb, type Store } from '../../shared/data/client';
import { ensureTable } from '../../shared/data/create-table';
import { backfillCouncils } from '../../shared/data/councils/backfill-councils';
import { DEFAULT_TABLE_NAME } from '../../shared/data/table';
import { localSecurityHeaders } from '../constructs/security-headers';
import { lockDataDir } from './data-dir-lock';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local';
import { createLocalIdentity } from './identity';
import { listPersonas } from './personas';
import { seedDemo } from './seed/seed-demo';
import { startStreamPoller, type StreamPoller } from './stream-poller';

export interface LocalOptions {
  /** HTTP port for the web app and the API; 0 picks a free one. Default 3000. */
  port?: number;
  /** Where DynamoDB Local keeps its files, or 'memory'. Default `.data`. */
  dataDir?: string;
  /** DynamoDB Local's port; default a free one. */
  ddbPort?: number;
  seed?: 'demo' | 'none';
  authMode?: 'local' | 'none';
  /** How often the scheduled checks run. Default every minute. */
  scheduleEveryMs?: number;
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  /** Where alert notifications are POSTed as JSON, besides the log. */
  alertWebhookUrl?: string;
  /** The clock of the API, the alert worker and the scheduled checks. Default the real one. */
  now?: () => Date;
  /** Per-caller limits, as the WAF sets them in AWS; test harnesses lift them. */
  rateLimits?: RateLimits;
}

export interface LocalRunner {
  url: string;
  store: Store;
  ddb: DynamoDbLocal;
  poller: StreamPoller;
  /** Runs the scheduled checks now, as the timer would. */
  runSchedule(): Promise<void>;
  stop(): Promise<void>;
}

/** Local credentials: DynamoDB Local accepts any, but the SDK insists on some. */
const LOCAL_AWS = {
  region: 'eu-west-2',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

const WEB_ROOT = resolve(fileURLToPath(new URL('../../web/dist', import.meta.url)));

/**
 * The whole product on one machine: DynamoDB Local, the API and web app on one
 * origin, the alert worker fed from the table's stream, the scheduled checks on a
 * timer, and a local identity provider. The very same functions run in AWS.
 */
export async function startLocal(options: LocalOptions = {}): Promise<LocalRunner> {
  const logLevel = options.logLevel ?? 'INFO';
  const logger = new Logger({ serviceName: 'safety-valve-local', logLevel });
  // What starting up does (the demo's own alerts, the first scheduled checks) is detail:
  // shown only at DEBUG, so the address is not lost in it.
  if (logLevel !== 'DEBUG') logger.setLogLevel('ERROR');
  const now = options.now ?? (() => new Date());
  const dataDir = options.dataDir ?? '.data';
  const inMemory = dataDir === 'memory';
  // One runner per data directory: a second Java process on the same files corrupts them.
  const unlock = inMemory ? () => undefined : lockDataDir(dataDir);
  const ddb = await startDynamoDbLocal({
    port: options.ddbPort,
    dataDir: inMemory ? undefined : join(dataDir, 'dynamodb'),
  });
  const cleanups: (() => Promise<void>)[] = [() => Promise.resolve(unlock()), () => ddb.stop()];
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };

  try {
    const aws = { ...LOCAL_AWS, endpoint: ddb.endpoint };
    const streamArn = await ensureTable(new DynamoDBClient(aws), DEFAULT_TABLE_NAME);
    const store: Store = { db: createDb(aws), tableName: DEFAULT_TABLE_NAME };
    // A table kept from an older version may hold councils created before the small items
    // the pages read (figures, return states, agreement summary); bringing them on costs
    // little once they have them. Before the stream poller, which reads only what comes
    // after it starts.
    if (!inMemory) await backfillCouncils(store, now());
    const workerDeps: AlertingDeps = {
      store,
      logger,
      notifier: createWebhookNotifier({ logger, url: options.alertWebhookUrl }),
      now,
      // People's emails are kept in the outbox (GET /api/v1/dev/outbox, "Emails sent").
      emails: createOutboxSender(store, now),
    };
    // The alert worker reads the stream from now on, so the demo seed's submissions
    // raise their alerts just as a council's would.
    const poller = startStreamPoller({
      client: new DynamoDBStreamsClient(aws),
      streamArn,
      logger,
      consume: (records) => processRecords(records, workerDeps, changeHandlers),
    });
    cleanups.push(() => poller.stop());
    await poller.ready();
    if ((options.seed ?? 'demo') === 'demo') {
      await seedDemo(store, logger, {
        settle: () => poller.drain(),
        checks: { run: () => runScheduledChecks(workerDeps), now },
      });
    }

    const identity =
      (options.authMode ?? 'local') === 'local'
        ? await createLocalIdentity({
            keyFile: inMemory ? undefined : join(dataDir, 'identity.json'),
            personas: () => listPersonas(store),
          })
        : undefined;
    if (!identity)
      throw new Error('The local runner needs AUTH_MODE=local: it has no other identity provider.');

    const api = createApp({
      store,
      verifyToken: identity.verifyToken,
      logger,
      devIdentity: identity,
      now,
      rateLimits: options.rateLimits ?? DEFAULT_RATE_LIMITS,
    });
    const root = new Hono();
    root.use('*', async (c, next) => {
      await next();
      for (const [name, value] of Object.entries(localSecurityHeaders())) c.header(name, value);
    });
    root.get('/api/local-identity/jwks.json', (c) => c.json(identity.jwks()));
    // Everything else under /api is the API's, unknown paths and methods included (its
    // problem+json 404 and 405), never the web app's page.
    root.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
    root.use('/*', serveStatic({ root: WEB_ROOT }));
    root.get('*', (c) => {
      const index = join(WEB_ROOT, 'index.html');
      if (!existsSync(index)) {
        return c.text(
          'The web app is not built yet: run `npm run build:web` (npm start does it for you).',
          503,
        );
      }
      return c.html(readFileSync(index, 'utf8'));
    });

    const server = await listen(root, options.port ?? 3000);
    cleanups.push(() => new Promise((done) => server.close(() => done())));
    const port = (server.address() as AddressInfo).port;
    workerDeps.webUrl = `http://localhost:${port}`;

    const runSchedule = async () => {
      await runScheduledChecks(workerDeps).then(
        () => undefined,
        (error: unknown) => logger.error('scheduled checks failed', { error }),
      );
    };
    await runSchedule();
    await poller.drain();
    logger.setLogLevel(logLevel);
    const timer = setInterval(() => void runSchedule(), options.scheduleEveryMs ?? 60_000);
    cleanups.push(() => Promise.resolve(clearInterval(timer)));

    return { url: `http://localhost:${port}`, store, ddb, poller, runSchedule, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function listen(app: Hono, port: number): Promise<ServerType> {
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () =>
      resolvePromise(server),
    );
    server.once('error', reject);
  });
}
