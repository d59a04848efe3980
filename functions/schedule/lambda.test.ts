import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as entry from './lambda';

// The entry builds its clients when loaded, from the function's environment.
vi.hoisted(() => {
  process.env.TABLE_NAME = 'safety-valve';
  process.env.ALERT_TOPIC_ARN = 'arn:aws:sns:eu-west-2:111122223333:alerts';
});
const runScheduledChecks = vi.hoisted(() =>
  vi.fn((_deps: { remainingTimeMs?: () => number }) =>
    Promise.resolve({ councils: 0, outcomes: 0 }),
  ),
);
vi.mock('./run-scheduled-checks', () => ({ runScheduledChecks }));

let handler: typeof entry.handler;
beforeAll(async () => {
  ({ handler } = await import('./lambda'));
});

describe('the scheduled checks’ Lambda entry', () => {
  it('bounds the checks by the invocation’s remaining time', async () => {
    let left = 90_000;
    await handler({}, { getRemainingTimeInMillis: () => left });
    const deps = runScheduledChecks.mock.calls[0]![0];
    expect(deps.remainingTimeMs?.()).toBe(90_000);
    left = 2_000;
    expect(deps.remainingTimeMs?.()).toBe(2_000);
  });

  it('runs unbounded when invoked without a context', async () => {
    await handler();
    expect(runScheduledChecks.mock.calls.at(-1)![0].remainingTimeMs).toBeUndefined();
  });
});
