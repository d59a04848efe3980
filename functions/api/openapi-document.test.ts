import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../shared/data/client';
import { createApp } from './app';
import type { AppDeps } from './env';

const noTokens = () => Promise.reject(new Error('no tokens here'));

function appFor(devIdentity: AppDeps['devIdentity']) {
  return createApp({
    store: { db: createDb({ region: 'eu-west-2' }), tableName: 'unused' },
    verifyToken: noTokens,
    logger: new Logger({ serviceName: 'openapi-document-test', logLevel: 'SILENT' }),
    now: () => new Date(),
    devIdentity,
  });
}

/**
 * The document `/api/v1/openapi.json` serves is the public contract: any change to it
 * fails here. The committed files were generated from the routes' zod schemas; after an
 * intended change to the API, regenerate them with `npx vitest run -u <this file>` and
 * review the diff.
 */
describe('the OpenAPI document', () => {
  it.each([
    ['the Lambda', undefined, 'openapi-lambda.json'],
    [
      'the local runner (with local sign-in)',
      { issueToken: noTokens, personas: () => Promise.resolve([]), jwks: () => ({ keys: [] }) },
      'openapi-local.json',
    ],
  ] as const)('served by %s is unchanged', async (_host, devIdentity, file) => {
    const app = appFor(devIdentity);
    const response = await app.request('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as unknown;
    await expect(`${JSON.stringify(document, null, 2)}\n`).toMatchFileSnapshot(
      `./__snapshots__/${file}`,
    );
    // Served again, the same document.
    const again = await app.request('/api/v1/openapi.json');
    expect(await again.json()).toEqual(document);
  });
});
