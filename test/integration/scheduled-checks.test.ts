import { Logger } from '@aws-lambda-powertools/logger';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  runScheduledChecks,
  ScheduledChecksIncompleteError,
} from '../../functions/schedule/run-scheduled-checks';
import type { Alert } from '../../shared/schemas/alert';
import type { Store } from '../../shared/data/client';
import { buildCouncil } from '../support/council-builder';
import { createTestStore } from '../support/test-store';

/**
 * The scheduled checks go through every council even when one council's checks fail,
 * and the run then fails naming it, so the host retries it and counts an error.
 */
const now = new Date('2024-01-15T09:00:00Z');
let store: Store;

beforeAll(async () => {
  store = await createTestStore();
  // Three councils with nothing submitted: each owes overdue returns.
  await buildCouncil(store, '741', 'Failing');
  await buildCouncil(store, '742', 'Second');
  await buildCouncil(store, '743', 'Third');
});

/** Alerts published to the topic, by council; `failFor`'s publications fail. */
function topic(failFor?: string) {
  const published: Alert[] = [];
  return {
    published,
    notifier: {
      publish: (alert: Alert) => {
        if (alert.laCode === failFor) return Promise.reject(new Error('SNS throttled'));
        published.push(alert);
        return Promise.resolve();
      },
    },
  };
}

const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });

describe('the scheduled checks when one council fails', () => {
  it('checks every other council, fails the run naming that council, and the retry finishes it', async () => {
    const failing = topic('741');
    const logged = vi.spyOn(logger, 'error');
    const error: unknown = await runScheduledChecks({
      store,
      logger,
      now: () => now,
      notifier: failing.notifier,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScheduledChecksIncompleteError);
    expect((error as ScheduledChecksIncompleteError).laCodes).toEqual(['741']);
    expect((error as Error).message).toContain('741');
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[1]).toMatchObject({ laCode: '741' });
    logged.mockRestore();
    const byCouncil = (alerts: Alert[]) => new Set(alerts.map((a) => a.laCode));
    expect(byCouncil(failing.published)).toEqual(new Set(['742', '743']));

    // The retry announces what failed, and nothing twice.
    const retry = topic();
    const result = await runScheduledChecks({
      store,
      logger,
      now: () => now,
      notifier: retry.notifier,
    });
    expect(result.councilsChecked).toBe(3);
    expect(byCouncil(retry.published)).toEqual(new Set(['741']));
    expect(retry.published.every((a) => a.rule === 'return-overdue')).toBe(true);
  });
});
