import { Logger } from '@aws-lambda-powertools/logger';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../functions/api/app';
import { createDb } from '../shared/data/client';

/**
 * `npm run lint:openapi`: the OpenAPI document exactly as the API serves it at
 * `/api/v1/openapi.json` (the local runner's, so with the local sign-in routes too),
 * generated from `createApp` without a server or a database (nothing is read to answer
 * it), then linted with Redocly's recommended rules (`redocly.yaml`). Exits with
 * Redocly's status.
 */
const root = join(import.meta.dirname, '..');

async function main() {
  const app = createApp({
    store: { db: createDb({ region: 'eu-west-2' }), tableName: 'unused' },
    verifyToken: () => Promise.reject(new Error('no tokens here')),
    logger: new Logger({ serviceName: 'lint-openapi', logLevel: 'SILENT' }),
    now: () => new Date(),
    // The local runner's document: every route, the local sign-in's included.
    devIdentity: {
      issueToken: () => Promise.reject(new Error('no tokens here')),
      personas: () => Promise.resolve([]),
      jwks: () => ({ keys: [] }),
    },
  });
  const response = await app.request('/api/v1/openapi.json');
  if (response.status !== 200) throw new Error(`openapi.json answered ${response.status}`);
  const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(await response.json(), null, 2));
    const redocly = join(root, 'node_modules', '.bin', 'redocly');
    const result = spawnSync(
      redocly,
      ['lint', file, '--config', join(root, 'redocly.yaml'), ...process.argv.slice(2)],
      {
        stdio: 'inherit',
      },
    );
    process.exitCode = result.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
