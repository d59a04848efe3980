import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as entry from './lambda';

// The entry builds its clients when loaded, from the function's environment.
vi.hoisted(() => {
  process.env.TABLE_NAME = 'safety-valve';
  process.env.ALERT_TOPIC_ARN = 'arn:aws:sns:eu-west-2:111122223333:alerts';
});
const processRecords = vi.hoisted(() =>
  vi.fn((_records: unknown[], _deps: { remainingTimeMs?: () => number }) =>
    Promise.resolve({ batchItemFailures: [] }),
  ),
);
vi.mock('./process-records', () => ({ processRecords }));

let handler: typeof entry.handler;
beforeAll(async () => {
  ({ handler } = await import('./lambda'));
});

describe('the alert worker’s Lambda entry', () => {
  it('hands the stream’s records on, bounded by the invocation’s remaining time', async () => {
    let left = 50_000;
    await handler({ Records: [] }, { getRemainingTimeInMillis: () => left });
    const [records, deps] = processRecords.mock.calls[0]!;
    expect(records).toEqual([]);
    expect(deps.remainingTimeMs?.()).toBe(50_000);
    left = 1_000;
    expect(deps.remainingTimeMs?.()).toBe(1_000);
  });
});
