import { Logger } from '@aws-lambda-powertools/logger';
import { marshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeHandlers } from '../../functions/alerts/handlers';
import type { Notifier } from '../../shared/alerts/notifier';
import { processRecords, type ChangeRecord } from '../../functions/alerts/process-records';
import { saveAgreement } from '../../shared/data/agreements/save-agreement';
import { listAllAlerts } from '../../shared/data/alerts/list-alerts';
import { createCouncil } from '../../shared/data/councils/create-council';
import { AgreementInput } from '../../shared/schemas/agreement';
import type { Alert } from '../../shared/schemas/alert';
import { agreementBody, completeReturn } from '../support/fixtures';
import { createTestStore } from '../support/test-store';

const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
const admin = { sub: 'admin', role: 'dfe-admin' } as const;
let store: Awaited<ReturnType<typeof createTestStore>>;
const sent: Alert[] = [];
const notifier: Notifier = {
  publish(alert) {
    sent.push(alert);
    return Promise.resolve();
  },
};

/** A submission of `period` forecasting `forecast` pounds of savings across both mitigations. */
function submission(period: string, forecast: number, seq: string): ChangeRecord {
  const base = {
    type: 'return',
    laCode: '351',
    period,
    financialYear: period.slice(0, 7),
    dueOn: '2024-10-30',
    content: completeReturn({
      mitigations: [
        {
          mitigationId: 'inclusion',
          savingsToDate: 0,
          forecastSavings: forecast - 500_000,
          rag: 'amber',
        },
        { mitigationId: 'inmss', savingsToDate: 0, forecastSavings: 500_000, rag: 'green' },
      ],
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
  const body = agreementBody({
    mitigations: [
      {
        id: 'inclusion',
        title: 'Mainstream inclusion',
        plannedSavings: [{ financialYear: '2024-25', amount: 2_500_000 }],
      },
      {
        id: 'inmss',
        title: 'Local places',
        plannedSavings: [{ financialYear: '2024-25', amount: 500_000 }],
      },
    ],
  });
  await saveAgreement(store, '351', AgreementInput.parse(body), admin, undefined, new Date());
});

describe('the savings-shortfall alert', () => {
  it('is raised amber, escalates to red and resolves as forecast savings move against £3m planned', async () => {
    const deps = { store, logger, notifier, now: () => new Date() };
    const state = async () =>
      (await listAllAlerts(store, { rule: 'savings-shortfall', limit: 50 })).items.map((a) => [
        a.status,
        a.severity,
        a.measured,
      ]);

    await processRecords([submission('2024-25-Q1', 2_400_000, '1')], deps, changeHandlers);
    expect(await state()).toEqual([['open', 'amber', 2_400_000]]);
    await processRecords([submission('2024-25-Q2', 1_900_000, '2')], deps, changeHandlers);
    expect(await state()).toEqual([['open', 'red', 1_900_000]]);
    await processRecords([submission('2024-25-Q3', 2_500_000, '3')], deps, changeHandlers);
    expect(await state()).toEqual([['resolved', 'red', 1_900_000]]);
    expect(sent.filter((a) => a.rule === 'savings-shortfall').map((a) => a.severity)).toEqual([
      'amber',
      'red',
    ]);
  });
});
