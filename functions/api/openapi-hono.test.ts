import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

interface Manifest {
  version?: string;
  dependencies: Record<string, string>;
}
interface Lock {
  packages: Record<string, Manifest>;
}

/**
 * openapi-hono.ts copies `openapi()` of one release of `@hono/zod-openapi` and takes its
 * types from the package: an upgrade must be a deliberate change of the pin and the copy
 * together, never one a caret range lets in unnoticed.
 */
describe('the @hono/zod-openapi that openapi-hono.ts mirrors', () => {
  const manifest = JSON.parse(read('package.json')) as Manifest;
  const wanted = manifest.dependencies['@hono/zod-openapi'];
  const lock = JSON.parse(read('package-lock.json')) as Lock;

  it('is pinned to one exact version', () => {
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is the version the lock file records and installs', () => {
    expect(lock.packages['']?.dependencies['@hono/zod-openapi']).toBe(wanted);
    expect(lock.packages['node_modules/@hono/zod-openapi']?.version).toBe(wanted);
    const installed = JSON.parse(read('node_modules/@hono/zod-openapi/package.json')) as Manifest;
    expect(installed.version).toBe(wanted);
  });

  it('is the version named in openapi-hono.ts', () => {
    expect(read('functions/api/openapi-hono.ts')).toContain(`@hono/zod-openapi@${wanted}`);
  });
});
