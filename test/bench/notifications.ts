import { Logger } from '@aws-lambda-powertools/logger';
import { AsyncLocalStorage } from 'node:async_hooks';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { ChangeHandler } from '../../functions/alerts/change';
import { changeHandlers } from '../../functions/alerts/handlers';
import {
  COUNCILS_AT_ONCE,
  processRecords,
  type ChangeRecord,
} from '../../functions/alerts/process-records';
import { saveNotificationSettings } from '../../functions/api/notifications/save-notification-settings';
import type { AlertingDeps } from '../../shared/alerts/apply-outcomes';
import { keys } from '../../shared/data/keys';
import { writeReturnChange } from '../../shared/data/returns/write-return-change';
import type { ReturnRecord } from '../../shared/data/returns/return-record';
import { createOutboxSender } from '../../shared/messaging/outbox-sender';
import { periodDueDate, periodFinancialYear } from '../../shared/domain';
import { buildCouncil } from '../support/council-builder';
import { completeReturn } from '../support/fixtures';
import { median, startBenchApi, time, type BenchResult } from './harness';
import { captureCalls, replayLanes, writesOnly } from './replay-calls';

const BATCH = 100;
const ROUNDS = 5;
const PERIOD = '2024-25-Q2';
const approver = { sub: 'bench-approver', role: 'council-approver' } as const;

/** A submission of the council's return, off its trajectory (so it raises a red alert). */
function submission(laCode: string): { previous: ReturnRecord; next: ReturnRecord } {
  const at = '2024-11-01T09:00:00.000Z';
  const content = completeReturn({
    finance: { ...completeReturn().finance!, forecastCumulativeDeficit: 9_000_000 },
  });
  const previous: ReturnRecord = {
    laCode,
    period: PERIOD,
    financialYear: periodFinancialYear(PERIOD),
    status: 'draft',
    version: 1,
    dueOn: periodDueDate(PERIOD),
    content,
    createdAt: at,
    updatedAt: at,
    updatedBy: approver,
  };
  return {
    previous,
    next: {
      ...previous,
      status: 'submitted',
      version: 2,
      submittedAt: at,
      submittedBy: approver,
      signOff: { name: 'Officer', role: 'S151' },
    },
  };
}

/** The stream record of a submission, as DynamoDB Streams delivers it. */
function streamRecord(
  change: { previous: ReturnRecord; next: ReturnRecord },
  i: number,
): ChangeRecord {
  const image = (record: ReturnRecord) =>
    marshall(
      { ...keys.return(record.laCode, record.period), type: 'return', ...record },
      {
        removeUndefinedValues: true,
      },
    );
  return {
    eventID: `bench-${i}`,
    eventName: 'MODIFY',
    dynamodb: {
      SequenceNumber: String(i),
      OldImage: image(change.previous),
      NewImage: image(change.next),
    },
  };
}

/** The handlers, each running in a lane named after its council, for `captureCalls`. */
function inLanes(lane: AsyncLocalStorage<string>): Record<string, ChangeHandler> {
  return Object.fromEntries(
    Object.entries(changeHandlers).map(([type, handler]) => [
      type,
      Object.assign(
        (change: Parameters<ChangeHandler>[0], deps: AlertingDeps) =>
          lane.run(String(change.after?.laCode ?? change.before?.laCode), () =>
            handler(change, deps),
          ),
        // Read ahead for the whole batch, outside any council's lane.
        handler.readAhead ? { readAhead: handler.readAhead } : {},
      ),
    ]),
  );
}

/**
 * A stream batch of 100 submitted returns through the alert worker (rules, alerts, the
 * emails' delivery records and outbox), judged against the goal's "the same writes
 * without the rules": the worker's own writes, captured from a first batch of councils
 * of its own and sent again raw (`writesOnly`, `replayLanes`: the very same items
 * written under a fresh partition, in the same waves, 16 councils at once), without the
 * reads its rules make to decide them. Shown beside: the same calls with their reads,
 * and the 100 submissions' own writes applied one after another. Each round uses
 * councils of its own, so every batch raises alerts afresh.
 */
export async function benchNotifications(endpoint: string): Promise<BenchResult> {
  const api = await startBenchApi(endpoint);
  const logger = new Logger({ logLevel: 'SILENT' });
  const now = () => new Date('2024-11-02T09:00:00Z');
  const appDeps = {
    store: api.store,
    logger,
    now,
    verifyToken: () => Promise.reject(new Error('unused')),
  };
  const rounds: string[][] = [];
  // Round 0 is the captured one, untimed.
  for (let r = 0; r <= ROUNDS; r++) {
    const councils = Array.from({ length: BATCH }, (_, i) => String(100 + r * BATCH + i));
    for (let i = 0; i < councils.length; i += 10) {
      await Promise.all(
        councils.slice(i, i + 10).map(async (laCode) => {
          await buildCouncil(api.store, laCode, `Council ${laCode}`);
          await saveNotificationSettings(
            appDeps,
            { sub: `editor-${laCode}`, role: 'council-editor', laCode },
            {
              input: {
                email: `editor@${laCode}.example.gov.uk`,
                events: ['alert-red', 'alert-amber'],
              },
              ifMatch: undefined,
            },
          );
        }),
      );
    }
    rounds.push(councils);
  }
  const deps: AlertingDeps = {
    store: api.store,
    logger,
    now,
    notifier: { publish: () => Promise.resolve() },
    emails: createOutboxSender(api.store, now),
  };
  const writes: number[] = [];
  const processing: number[] = [];
  const replaying: number[] = [];
  const writing: number[] = [];
  let replay: (() => Promise<void>) | undefined;
  let replayWrites: (() => Promise<void>) | undefined;
  let writesPerSubmission = 0;
  let callsPerSubmission = 0;
  let wavesPerCouncil = 0;
  for (const [round, councils] of rounds.entries()) {
    const changes = councils.map(submission);
    for (const c of changes) {
      await writeReturnChange(
        api.store,
        {
          previous: undefined,
          next: c.previous,
          history: {
            period: PERIOD,
            version: 1,
            action: 'saved',
            status: 'draft',
            at: c.previous.updatedAt,
            actor: approver,
            content: c.previous.content,
          },
          audit: { actor: approver, action: 'return.saved', entity: `return ${PERIOD}` },
        },
        now(),
      );
    }
    const timedWrites = await time(async () => {
      for (const c of changes) {
        await writeReturnChange(
          api.store,
          {
            previous: c.previous,
            next: c.next,
            history: {
              period: PERIOD,
              version: 2,
              action: 'submitted',
              status: 'submitted',
              at: c.next.updatedAt,
              actor: approver,
              content: c.next.content,
            },
            audit: { actor: approver, action: 'return.submitted', entity: `return ${PERIOD}` },
          },
          now(),
        );
      }
    });
    const batch = changes.map(streamRecord);
    if (round === 0) {
      const lane = new AsyncLocalStorage<string>();
      const capture = captureCalls(api.store.db, { laneOf: () => lane.getStore() });
      try {
        const result = await processRecords(batch, deps, inLanes(lane));
        if (result.batchItemFailures.length > 0) throw new Error('the alert worker failed records');
      } finally {
        capture.stop();
      }
      const lanes = capture.lanes();
      callsPerSubmission = capture.calls().length / BATCH;
      wavesPerCouncil = median(lanes.lanes.map((l) => l.length));
      if (process.env.BENCH_PROFILE) profile(capture.calls(), lanes);
      replay = replayLanes(api.store.db, lanes, COUNCILS_AT_ONCE);
      const writesAlone = writesOnly(lanes);
      writesPerSubmission =
        [...writesAlone.shared, ...writesAlone.lanes.flat()].flat().length / BATCH;
      replayWrites = replayLanes(api.store.db, writesAlone, COUNCILS_AT_ONCE);
      continue;
    }
    writes.push(timedWrites);
    processing.push(
      await time(async () => {
        const result = await processRecords(batch, deps, changeHandlers);
        if (result.batchItemFailures.length > 0) throw new Error('the alert worker failed records');
      }),
    );
    replaying.push(await time(() => replay!()));
    writing.push(await time(() => replayWrites!()));
  }
  await api.close();
  const ratio = median(processing) / median(writing);
  const submissionsRatio = median(processing) / median(writes);
  const replayRatio = median(processing) / median(replaying);
  return {
    name: 'Notifications: a stream batch of 100 submitted returns through the alert worker',
    rows: [
      {
        work: `the worker's own writes sent raw, without the reads its rules make (${writesPerSubmission.toFixed(1)} a submission: alerts, audit, notification records)`,
        'median ms': median(writing).toFixed(0),
        ratio: '',
      },
      {
        work: `the worker's own calls sent raw, reads too (${callsPerSubmission.toFixed(1)} a submission, ${wavesPerCouncil} waves a council)`,
        'median ms': median(replaying).toFixed(0),
        ratio: '',
      },
      {
        work: 'the 100 submissions’ own writes',
        'median ms': median(writes).toFixed(0),
        ratio: '',
      },
      {
        work: 'the worker over their stream batch, vs its own writes sent raw (judged)',
        'median ms': median(processing).toFixed(0),
        ratio: ratio.toFixed(2),
      },
      {
        work: 'the worker over their stream batch, vs its own calls sent raw',
        'median ms': median(processing).toFixed(0),
        ratio: replayRatio.toFixed(2),
      },
      {
        work: 'the worker over their stream batch, vs the submissions’ own writes',
        'median ms': median(processing).toFixed(0),
        ratio: submissionsRatio.toFixed(2),
      },
    ],
    goal: 'processing (rules, alerts, notification records) at most 2 × the time of its own writes applied without the rules (judged); its calls with their reads, and the submissions’ own writes, shown beside',
    met: ratio <= 2,
  };
}

/** `BENCH_PROFILE=1`: each command's count and latency, and each council's waves. */
function profile(
  calls: readonly { command: string; start: number; end: number; lane?: string }[],
  lanes: { shared: unknown[]; lanes: { command: string }[][][] },
) {
  const byCommand = new Map<string, number[]>();
  for (const c of calls)
    byCommand.set(c.command, [...(byCommand.get(c.command) ?? []), c.end - c.start]);
  const span = Math.max(...calls.map((c) => c.end)) - Math.min(...calls.map((c) => c.start));
  console.error(`profile: ${calls.length} calls over ${span.toFixed(0)} ms`);
  for (const [command, ms] of byCommand)
    console.error(
      `  ${command}: ${ms.length} calls, median ${median(ms).toFixed(1)} ms, total ${ms.reduce((a, b) => a + b, 0).toFixed(0)} ms`,
    );
  console.error(`  shared waves: ${lanes.shared.length}`);
  console.error(
    `  a council's waves: ${lanes.lanes[0]?.map((w) => w.map((c) => c.command.replace('Command', '')).join('+')).join(' → ')}`,
  );
}
