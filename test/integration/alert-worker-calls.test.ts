import { Logger } from '@aws-lambda-powertools/logger';
import { marshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeHandlers } from '../../functions/alerts/handlers';
import { processRecords, type ChangeRecord } from '../../functions/alerts/process-records';
import { saveNotificationSettings } from '../../functions/api/notifications/save-notification-settings';
import type { AlertingDeps } from '../../shared/alerts/apply-outcomes';
import { keys } from '../../shared/data/keys';
import { createOutboxSender } from '../../shared/messaging/outbox-sender';
import { buildCouncil } from '../support/council-builder';
import { countCalls } from '../support/count-calls';
import { completeReturn } from '../support/fixtures';
import { createTestStore } from '../support/test-store';

/**
 * What one submitted return costs the alert worker in DynamoDB calls, counted so that a
 * read or write creeping back in fails here however noisy the benchmark's timings are
 * (`npm run bench -- notifications`). The submission is the benchmark's: off its
 * trajectory, so it raises three alerts, each emailed to the council's one subscriber.
 */
const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
const now = () => new Date('2024-11-02T09:00:00Z');
let store: Awaited<ReturnType<typeof createTestStore>>;
let deps: AlertingDeps;

function submission(laCode: string, seq: string): ChangeRecord {
  const item = (status: string, version: number) => ({
    ...keys.return(laCode, '2024-25-Q2'),
    type: 'return',
    laCode,
    period: '2024-25-Q2',
    financialYear: '2024-25',
    status,
    version,
    dueOn: '2024-10-30',
    content: completeReturn({
      finance: { ...completeReturn().finance!, forecastCumulativeDeficit: 9_000_000 },
    }),
    createdAt: '2024-10-01T00:00:00.000Z',
    updatedAt: '2024-11-01T09:00:00.000Z',
    updatedBy: { sub: 'a', role: 'council-approver' },
    ...(status === 'submitted' ? { submittedAt: '2024-11-01T09:00:00.000Z' } : {}),
  });
  return {
    eventID: `event-${seq}`,
    eventName: 'MODIFY',
    dynamodb: {
      SequenceNumber: seq,
      OldImage: marshall(item('draft', 1), { removeUndefinedValues: true }),
      NewImage: marshall(item('submitted', 2), { removeUndefinedValues: true }),
    },
  };
}

async function councilWithSubscriber(laCode: string) {
  await buildCouncil(store, laCode, `Council ${laCode}`);
  await saveNotificationSettings(
    { store, logger, now, verifyToken: () => Promise.reject(new Error('unused')) },
    { sub: `editor-${laCode}`, role: 'council-editor', laCode },
    {
      input: { email: `editor@${laCode}.example.gov.uk`, events: ['alert-red', 'alert-amber'] },
      ifMatch: undefined,
    },
  );
}

/** The calls a batch makes, by command, in order of name. */
async function callsOf(records: ChangeRecord[]) {
  const counter = countCalls(store.db);
  try {
    expect(await processRecords(records, deps, changeHandlers)).toEqual({
      batchItemFailures: [],
    });
    return [...counter.calls].sort();
  } finally {
    counter.stop();
  }
}

const times = (n: number, command: string) => Array.from({ length: n }, () => command);

beforeAll(async () => {
  store = await createTestStore();
  deps = {
    store,
    logger,
    now,
    notifier: { publish: () => Promise.resolve() },
    emails: createOutboxSender(store, now),
  };
  for (const laCode of ['401', '402', '403']) await councilWithSubscriber(laCode);
});

describe('the alert worker, in DynamoDB calls', () => {
  it('handles a submitted return that raises three emailed alerts in 15 calls', async () => {
    expect(await callsOf([submission('401', '1')])).toEqual(
      [
        // Read ahead for the whole batch: the councils' agreements and names, one
        // BatchGetItem each (per 100 councils).
        'BatchGetItemCommand',
        'BatchGetItemCommand',
        // The assessments and the year's forecasts.
        'QueryCommand',
        'QueryCommand',
        // The alerts' slots, and, alongside, the council's subscribers and DfE's (red
        // alerts go to both), read once for the three emails.
        'BatchGetItemCommand',
        'QueryCommand',
        'QueryCommand',
        // Three alerts raised, with their slots and audit items, in one transaction.
        'TransactWriteItemsCommand',
        // The three emails' claims, a conditional Put each, in parallel; each into the
        // outbox; their outcomes and the three alerts' announcement recorded in one write.
        ...times(3, 'PutItemCommand'),
        ...times(3, 'PutItemCommand'),
        'TransactWriteItemsCommand',
      ].sort(),
    );
  });

  it('costs a repeat of the record in the same batch only the reads of its alerts', async () => {
    expect(await callsOf([submission('402', '2'), submission('402', '2')])).toEqual(
      [
        'BatchGetItemCommand',
        'BatchGetItemCommand',
        'QueryCommand',
        'QueryCommand',
        'BatchGetItemCommand',
        'QueryCommand',
        'QueryCommand',
        'TransactWriteItemsCommand',
        ...times(6, 'PutItemCommand'),
        'TransactWriteItemsCommand',
        // The repeat: the slots, then the three alerts now open; nothing to write or send.
        'BatchGetItemCommand',
        'BatchGetItemCommand',
      ].sort(),
    );
  });

  it('costs a later delivery of a record already handled its reads, and writes nothing', async () => {
    await callsOf([submission('403', '3')]);
    // A new batch reads the facts again, finds the three alerts open and already
    // announced. Its breaches had the subscribers read alongside the slots, unused.
    expect(await callsOf([submission('403', '3')])).toEqual(
      [
        'BatchGetItemCommand',
        'BatchGetItemCommand',
        'QueryCommand',
        'QueryCommand',
        'BatchGetItemCommand',
        'QueryCommand',
        'QueryCommand',
        'BatchGetItemCommand',
      ].sort(),
    );
  });

  it('reads the agreements and names of a batch of councils in one call each', async () => {
    const councils = Array.from({ length: 25 }, (_, i) => String(500 + i));
    for (let i = 0; i < councils.length; i += 10) {
      await Promise.all(councils.slice(i, i + 10).map(councilWithSubscriber));
    }
    const calls = await callsOf(councils.map((laCode, i) => submission(laCode, String(1000 + i))));
    const count = (command: string) => calls.filter((c) => c === command).length;
    // 2 read ahead, and each council's slots.
    expect(count('BatchGetItemCommand')).toBe(2 + 25);
    expect(count('GetItemCommand')).toBe(0);
    // Each council's assessments, forecasts and subscribers; DfE's subscribers once.
    expect(count('QueryCommand')).toBe(3 * 25 + 1);
    expect(count('TransactWriteItemsCommand')).toBe(2 * 25);
    expect(count('PutItemCommand')).toBe(6 * 25);
    expect(calls).toHaveLength(2 + 25 + 76 + 50 + 150);
  }, 120_000);
});
