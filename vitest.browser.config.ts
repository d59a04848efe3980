import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the whole product started locally (DynamoDB Local, API, web app)
 * and driven through Debian's Chromium. One file at a time: each starts its own
 * product and browser, and DynamoDB Local's JVM is not light.
 */
export default defineConfig({
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
