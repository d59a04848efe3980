import { defineConfig } from 'vitest/config';

/**
 * `npm run test:reliability`: tenant isolation across every route, property-based bad
 * input, concurrency and crash safety. The suites share one in-memory DynamoDB Local
 * (each file makes its own tables) and run one file at a time: they load the machine,
 * and their timings must not compete with each other on two cores.
 */
export default defineConfig({
  test: {
    name: 'reliability',
    include: ['test/reliability/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts', 'test/reliability/support/summary-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 240_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
