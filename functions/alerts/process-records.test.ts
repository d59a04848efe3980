import { Logger } from '@aws-lambda-powertools/logger';
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import type { AlertingDeps } from '../../shared/alerts/apply-outcomes';
import type { Store } from '../../shared/data/client';
import type { Change, ChangeHandler } from './change';
import { processRecords, type ChangeRecord } from './process-records';

/** A change of one council's item, numbered by its place in the stream. */
function record(laCode: string, seq: number, fail = false): ChangeRecord {
  return {
    eventID: `event-${seq}`,
    eventName: 'MODIFY',
    dynamodb: {
      SequenceNumber: String(seq),
      Keys: marshall({ pk: `COUNCIL#${laCode}`, sk: 'RETURN#2024-25-Q1' }),
      NewImage: marshall({ type: 'return', laCode, seq, fail }),
    },
  };
}

const deps: AlertingDeps = {
  store: {} as Store, // the handlers below never read the table
  logger: new Logger({ logLevel: 'SILENT' }),
  now: () => new Date(),
  notifier: { publish: () => Promise.resolve() },
};

/** A handler that records what it handled, fails records marked to, and takes a little time. */
function recordingHandler() {
  const handled: { laCode: string; seq: number }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const handler: ChangeHandler = async (change: Change) => {
    const { laCode, seq, fail } = change.after as { laCode: string; seq: number; fail: boolean };
    running++;
    mostAtOnce = Math.max(mostAtOnce, running);
    // Later records finish sooner, so any reordering within a council would show.
    await new Promise((resolve) => setTimeout(resolve, 20 - (seq % 10)));
    running--;
    if (fail) throw new Error(`record ${seq} failed`);
    handled.push({ laCode, seq });
  };
  return { handlers: { return: handler }, handled, mostAtOnce: () => mostAtOnce };
}

const seqsOf = (handled: { laCode: string; seq: number }[], laCode: string) =>
  handled.filter((h) => h.laCode === laCode).map((h) => h.seq);

describe('processRecords', () => {
  it("handles each council's records in the stream's order, councils at once", async () => {
    const { handlers, handled, mostAtOnce } = recordingHandler();
    const batch = [1, 2, 3, 4, 5, 6].map((seq) => record(seq % 2 ? '351' : '352', seq));
    expect(await processRecords(batch, deps, handlers)).toEqual({ batchItemFailures: [] });
    expect(seqsOf(handled, '351')).toEqual([1, 3, 5]);
    expect(seqsOf(handled, '352')).toEqual([2, 4, 6]);
    expect(mostAtOnce()).toBe(2);
  });

  it("reports a failed record and its council's later records, and loses nothing of another council's", async () => {
    const { handlers, handled } = recordingHandler();
    const batch = [
      record('351', 1),
      record('352', 2),
      record('351', 3, true),
      record('352', 4),
      record('351', 5),
      record('353', 6),
      record('351', 7),
    ];
    expect(await processRecords(batch, deps, handlers)).toEqual({
      batchItemFailures: [
        { itemIdentifier: '3' },
        { itemIdentifier: '5' },
        { itemIdentifier: '7' },
      ],
    });
    // Nothing after the failure was handled for its council; the others' all were, in order.
    expect(seqsOf(handled, '351')).toEqual([1]);
    expect(seqsOf(handled, '352')).toEqual([2, 4]);
    expect(seqsOf(handled, '353')).toEqual([6]);
  });

  it('reports failures in the order of the batch, the first failure first, whichever council fails first', async () => {
    const { handlers } = recordingHandler();
    const batch = [record('351', 10), record('352', 11, true), record('351', 19, true)];
    expect(await processRecords(batch, deps, handlers)).toEqual({
      batchItemFailures: [{ itemIdentifier: '11' }, { itemIdentifier: '19' }],
    });
  });

  it('handles no more councils at once than it is allowed', async () => {
    const { handlers, handled, mostAtOnce } = recordingHandler();
    const batch = Array.from({ length: 12 }, (_, i) => record(String(300 + i), i));
    await processRecords(batch, deps, handlers, { councilsAtOnce: 3 });
    expect(mostAtOnce()).toBe(3);
    expect(handled).toHaveLength(12);
  });

  it('groups records by the council their image names when the keys are missing', async () => {
    const { handlers, handled } = recordingHandler();
    const batch = [1, 2, 3].map((seq) => {
      const r = record('351', seq);
      delete r.dynamodb!.Keys;
      return r;
    });
    await processRecords(batch, deps, handlers);
    expect(seqsOf(handled, '351')).toEqual([1, 2, 3]);
  });
});

describe('reading ahead for the batch', () => {
  it('reads ahead once for all the changes of its type, before any is handled', async () => {
    const order: string[] = [];
    const handler: ChangeHandler = async (change) => {
      order.push(`handle ${(change.after as { seq: number }).seq}`);
      await Promise.resolve();
    };
    handler.readAhead = async (changes, batchDeps) => {
      order.push(`read ahead ${changes.map((c) => (c.after as { seq: number }).seq).join(',')}`);
      expect(batchDeps.reads).toBeDefined();
      await Promise.resolve();
    };
    const batch = [record('A', 1), record('B', 2), record('A', 3)];
    expect(await processRecords(batch, deps, { return: handler })).toEqual({
      batchItemFailures: [],
    });
    expect(order[0]).toBe('read ahead 1,2,3');
    expect(order.slice(1).sort()).toEqual(['handle 1', 'handle 2', 'handle 3']);
  });

  it('still handles every change when reading ahead fails', async () => {
    const { handlers, handled } = recordingHandler();
    const handler: ChangeHandler = Object.assign(handlers.return, {
      readAhead: () => Promise.reject(new Error('DynamoDB is down')),
    });
    const batch = [record('A', 1), record('B', 2)];
    expect(await processRecords(batch, deps, { return: handler })).toEqual({
      batchItemFailures: [],
    });
    expect(handled).toHaveLength(2);
  });
});
