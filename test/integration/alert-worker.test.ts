import { Logger } from '@aws-lambda-powertools/logger';
import { marshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeHandlers } from '../../functions/alerts/handlers';
import type { Notifier } from '../../shared/alerts/notifier';
import { processRecords, type ChangeRecord } from '../../functions/alerts/process-records';
import { saveAgreement } from '../../shared/data/agreements/save-agreement';
import { createCouncil } from '../../shared/data/councils/create-council';
import { listAllAlerts } from '../../shared/data/alerts/list-alerts';
import { AgreementInput } from '../../shared/schemas/agreement';
import type { Alert } from '../../shared/schemas/alert';
import { agreementBody, completeReturn } from '../support/fixtures';
import { createTestStore } from '../support/test-store';

const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
const admin = { sub: 'admin', role: 'dfe-admin' } as const;
let store: Awaited<ReturnType<typeof createTestStore>>;

function recordingNotifier() {
  const sent: { alert: Alert; event: string }[] = [];
  let failNext = 0;
  const notifier: Notifier = {
    publish(alert, event) {
      if (failNext > 0) {
        failNext--;
        return Promise.reject(new Error('topic unavailable'));
      }
      sent.push({ alert, event });
      return Promise.resolve();
    },
  };
  return { notifier, sent, failOnce: () => (failNext = 1) };
}

/** The stream record DynamoDB writes when a return moves from draft to submitted. */
function submissionRecord(
  laCode: string,
  period: string,
  forecast: number,
  seq: string,
): ChangeRecord {
  const base = {
    type: 'return',
    laCode,
    period,
    financialYear: period.slice(0, 7),
    dueOn: '2024-10-30',
    content: completeReturn({
      finance: { ...completeReturn().finance!, forecastCumulativeDeficit: forecast },
    }),
    createdAt: '2024-10-01T00:00:00.000Z',
    updatedAt: '2024-10-20T00:00:00.000Z',
    updatedBy: { sub: 'a', role: 'council-approver' },
  };
  return {
    eventID: `event-${seq}`,
    eventName: 'MODIFY',
    dynamodb: {
      SequenceNumber: seq,
      OldImage: marshall({ ...base, status: 'draft', version: 2 }, { removeUndefinedValues: true }),
      NewImage: marshall(
        { ...base, status: 'submitted', version: 3, submittedAt: '2024-10-20T00:00:00.000Z' },
        { removeUndefinedValues: true },
      ),
    },
  };
}

beforeAll(async () => {
  store = await createTestStore();
  await createCouncil(store, { laCode: '351', name: 'Bury' }, admin, new Date());
  await saveAgreement(
    store,
    '351',
    AgreementInput.parse(agreementBody()),
    admin,
    undefined,
    new Date(),
  );
});

describe('the alert worker', () => {
  it('creates no duplicate alert and no duplicate notification when the same record is delivered again', async () => {
    const { notifier, sent } = recordingNotifier();
    const record = submissionRecord('351', '2024-25-Q2', 4_000_000 + 5_000_000, '100');
    const deps = { store, logger, notifier, now: () => new Date() };
    expect(await processRecords([record], deps, changeHandlers)).toEqual({ batchItemFailures: [] });
    expect(await processRecords([record], deps, changeHandlers)).toEqual({ batchItemFailures: [] });
    expect(await processRecords([record, record], deps, changeHandlers)).toEqual({
      batchItemFailures: [],
    });

    const open = await listAllAlerts(store, {
      status: 'open',
      rule: 'trajectory-breach',
      limit: 50,
    });
    expect(open.items).toHaveLength(1);
    expect(open.items[0]).toMatchObject({
      laCode: '351',
      severity: 'red',
      financialYear: '2024-25',
    });
    expect(sent.filter((s) => s.alert.rule === 'trajectory-breach')).toEqual([
      expect.objectContaining({ event: 'raised' }),
    ]);
  });

  it('escalates the open alert in place and announces the escalation once', async () => {
    const { notifier, sent } = recordingNotifier();
    const deps = { store, logger, notifier, now: () => new Date() };
    // Amber first (just over tolerance) for another year, then red.
    await processRecords(
      [submissionRecord('351', '2025-26-Q1', -60_000 + 600_000, '200')],
      deps,
      changeHandlers,
    );
    await processRecords(
      [submissionRecord('351', '2025-26-Q2', -60_000 + 3_000_000, '201')],
      deps,
      changeHandlers,
    );
    await processRecords(
      [submissionRecord('351', '2025-26-Q2', -60_000 + 3_000_000, '201')],
      deps,
      changeHandlers,
    );
    const alerts = (
      await listAllAlerts(store, { rule: 'trajectory-breach', limit: 50 })
    ).items.filter((a) => a.financialYear === '2025-26');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ severity: 'red', period: '2025-26-Q2', status: 'open' });
    expect(
      sent
        .filter((s) => s.alert.rule === 'trajectory-breach')
        .map((s) => [s.event, s.alert.severity]),
    ).toEqual([
      ['raised', 'amber'],
      ['escalated', 'red'],
    ]);
  });

  it('reports a failed notification for retry, and the retry announces it exactly once', async () => {
    const { notifier, sent, failOnce } = recordingNotifier();
    const deps = { store, logger, notifier, now: () => new Date() };
    const record = submissionRecord('351', '2023-24-Q3', 9_507_000 + 8_000_000, '300');
    failOnce();
    expect(await processRecords([record], deps, changeHandlers)).toEqual({
      batchItemFailures: [{ itemIdentifier: '300' }],
    });
    expect(await processRecords([record], deps, changeHandlers)).toEqual({ batchItemFailures: [] });
    expect(await processRecords([record], deps, changeHandlers)).toEqual({ batchItemFailures: [] });
    expect(
      sent.filter(
        (s) => s.alert.financialYear === '2023-24' && s.alert.rule === 'trajectory-breach',
      ),
    ).toHaveLength(1);
  });

  it('ignores changes that are not submissions', async () => {
    const { notifier, sent } = recordingNotifier();
    const record = submissionRecord('351', '2024-25-Q3', 99_000_000, '400');
    record.dynamodb!.OldImage = record.dynamodb!.NewImage;
    await processRecords(
      [record],
      { store, logger, notifier, now: () => new Date() },
      changeHandlers,
    );
    expect(sent).toHaveLength(0);
  });
});
