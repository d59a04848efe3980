import { DEFAULT_RATE_LIMITS, parseRateLimit } from '../../shared/config/rate-limits';
import { JavaMissingError } from './dynamodb-local';
import { startLocal, type LocalOptions } from './start';

/** `npm start`: the whole product on this machine, configured by environment variables. */
async function main() {
  // The SDK warns, at length, that its releases from 2027 need Node 22. The Lambdas run on
  // 22 already, and the local runner's own requirement is in the README: not start-up news.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const seed = process.env.SEED ?? 'demo';
  const authMode = process.env.AUTH_MODE ?? 'local';
  if (seed !== 'demo' && seed !== 'none')
    throw new Error(`SEED must be "demo" or "none", not "${seed}".`);
  if (authMode !== 'local')
    throw new Error(`AUTH_MODE must be "local" for the local runner, not "${authMode}".`);
  const options: LocalOptions = {
    port: numberEnv('PORT') ?? 3000,
    dataDir: process.env.DATA_DIR || '.data',
    ddbPort: numberEnv('DDB_PORT'),
    seed,
    authMode,
    alertWebhookUrl: process.env.ALERT_WEBHOOK_URL || undefined,
    rateLimits: {
      perCallerPerMinute: parseRateLimit(
        'RATE_LIMIT_PER_MINUTE',
        process.env.RATE_LIMIT_PER_MINUTE,
        DEFAULT_RATE_LIMITS.perCallerPerMinute,
      ),
      expensivePerCallerPerMinute: parseRateLimit(
        'RATE_LIMIT_EXPENSIVE_PER_MINUTE',
        process.env.RATE_LIMIT_EXPENSIVE_PER_MINUTE,
        DEFAULT_RATE_LIMITS.expensivePerCallerPerMinute,
      ),
    },
  };

  const runner = await startLocal(options);
  const data = options.dataDir === 'memory' ? 'in memory' : `in ${options.dataDir}`;
  console.log(`\nData kept ${data}. API reference at /api/docs. Ctrl-C stops everything.\n`);
  // The address comes last, alone on its line: it is what people look for.
  console.log(`Safety Valve monitoring is running at ${runner.url}\n`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping.`);
    runner.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // Last resort: never leave DynamoDB Local running behind us.
  process.on('exit', () => {
    if (runner.ddb.process.exitCode === null) runner.ddb.process.kill('SIGKILL');
  });
}

function numberEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a port number, not "${raw}".`);
  }
  return value;
}

main().catch((error: unknown) => {
  console.error(
    error instanceof JavaMissingError || error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
