import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { startLocal, type LocalRunner } from '../../infra/local/start';
import { agreementBody, completeReturn } from '../support/fixtures';
import { client, eventually } from '../support/http';
import { UNTHROTTLED } from '../../shared/config/rate-limits';

type Alert = {
  id: string;
  laCode: string;
  rule: string;
  severity: string;
  status: string;
  subject?: string;
  financialYear: string;
  measured: number;
  threshold: number;
  message: string;
  resolvedBy?: string;
};

let runner: LocalRunner;
let api: ReturnType<typeof client>;
let admin: string;
let editor: string;
let approver: string;

beforeAll(async () => {
  runner = await startLocal({
    port: 0,
    dataDir: 'memory',
    seed: 'none',
    logLevel: 'SILENT',
    scheduleEveryMs: 3_600_000,
    rateLimits: UNTHROTTLED,
  });
  api = client(runner.url);
  admin = await api.token({ sub: 'admin', role: 'dfe-admin' });
  editor = await api.token({ sub: 'editor', role: 'council-editor', laCode: '878' });
  approver = await api.token({ sub: 'approver', role: 'council-approver', laCode: '878' });
  await api.call('POST', '/api/v1/councils', {
    token: admin,
    body: { laCode: '878', name: 'Devon' },
  });
  // Signed at the start of last year: last year's periods are owed, and none was submitted.
  const today = new Date();
  const startYear = today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const fy = (y: number) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
  const body = agreementBody({
    signedOn: `${startYear - 1}-04-01`,
    firstYear: fy(startYear - 1),
    lastYear: fy(startYear + 1),
    trajectory: [
      { financialYear: fy(startYear - 1), plannedCumulativeDeficit: 30_000_000 },
      { financialYear: fy(startYear), plannedCumulativeDeficit: 25_000_000, plannedEhcps: 3000 },
      { financialYear: fy(startYear + 1), plannedCumulativeDeficit: 20_000_000 },
    ],
    conditions: [
      { id: 'mainstream-inclusion', title: 'Raise the share of EHCPs in mainstream schools' },
      { id: 'inmss-placements', title: 'Reduce independent special school placements' },
    ],
    tranches: [
      {
        id: 'all',
        financialYear: fy(startYear),
        amount: 20_000_000,
        dueOn: `${startYear}-09-30`,
        conditionIds: [],
      },
    ],
  });
  const saved = await api.call('PUT', '/api/v1/councils/878/agreement', { token: admin, body });
  expect(saved.status, JSON.stringify(saved.body)).toBe(201);
  periodNow = `${fy(startYear)}-Q1`;
  laterPeriod = `${fy(startYear)}-Q2`;
});
afterAll(() => runner.stop());

let periodNow = '';
let laterPeriod = '';

async function submitWithForecast(period: string, forecast: number, key: string) {
  const content = completeReturn({
    finance: { ...completeReturn().finance!, forecastCumulativeDeficit: forecast },
    conditions: [
      { conditionId: 'mainstream-inclusion', status: 'on-track', statement: 'On track' },
      { conditionId: 'inmss-placements', status: 'met', statement: 'Met' },
    ],
  });
  const saved = await api.call<{ version: number }>(
    'PUT',
    `/api/v1/councils/878/returns/${period}`,
    { token: editor, body: content },
  );
  expect(saved.status).toBe(201);
  const submitted = await api.call('POST', `/api/v1/councils/878/returns/${period}/submit`, {
    token: approver,
    body: { signOff: { name: 'A. Officer', role: 'Director of Children’s Services' } },
    headers: { 'Idempotency-Key': key },
  });
  expect(submitted.status).toBe(200);
}

const openBreach = async () => {
  const res = await api.call<{ items: Alert[] }>(
    'GET',
    '/api/v1/alerts?status=open&rule=trajectory-breach',
    { token: admin },
  );
  return res.body.items.find((a) => a.laCode === '878');
};

describe('alerts through the local runner', () => {
  it('raises a red trajectory breach within 5 seconds of a return £20.4m above plan, and resolves it when a later return is back within tolerance', async () => {
    await submitWithForecast(periodNow, 25_000_000 + 20_400_000, 'breach-1');
    const alert = await eventually(openBreach, 5000);
    expect(alert).toMatchObject({
      rule: 'trajectory-breach',
      severity: 'red',
      status: 'open',
      measured: 45_400_000,
    });
    expect(alert.message).toContain('£20.400m');

    const councilView = await api.call<{ items: Alert[] }>(
      'GET',
      '/api/v1/councils/878/alerts?status=open',
      { token: editor },
    );
    expect(councilView.body.items.map((a) => a.id)).toContain(alert.id);

    await submitWithForecast(laterPeriod, 25_100_000, 'back-within-1');
    const resolved = await eventually(async () => {
      const res = await api.call<{ items: Alert[] }>(
        'GET',
        '/api/v1/councils/878/alerts?status=resolved',
        { token: editor },
      );
      return res.body.items.find((a) => a.id === alert.id);
    }, 5000);
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: 'system' });
    expect(await openBreach()).toBeUndefined();
  });

  it('raises return-overdue on the schedule tick for a period past its due date, and resolves it when the return is submitted', async () => {
    // Last year's second quarter is always past its due date, and nothing was submitted for it.
    const year = Number(periodNow.slice(0, 4));
    const overduePeriod = `${year - 1}-${String(year % 100).padStart(2, '0')}-Q2`;
    await runner.runSchedule();
    const overdue = await api.call<{ items: Alert[] }>(
      'GET',
      '/api/v1/alerts?status=open&rule=return-overdue',
      { token: admin },
    );
    const alert = overdue.body.items.find((a) => a.laCode === '878' && a.subject === overduePeriod);
    expect(alert).toBeDefined();

    await submitWithForecast(overduePeriod, 30_000_000, 'overdue-1');
    await eventually(async () => {
      const res = await api.call<{ items: Alert[] }>(
        'GET',
        '/api/v1/councils/878/alerts?status=resolved&rule=return-overdue',
        { token: admin },
      );
      return res.body.items.find((a) => a.id === alert?.id);
    }, 5000);
    await runner.runSchedule();
    const after = await api.call<{ items: Alert[] }>(
      'GET',
      '/api/v1/alerts?status=open&rule=return-overdue',
      { token: admin },
    );
    expect(
      after.body.items.find((a) => a.laCode === '878' && a.subject === overduePeriod),
    ).toBeUndefined();
  });

  it('acknowledges an alert the alert worker updates at the same moment, keeping both changes', async () => {
    const open = await api.call<{ items: Alert[] }>(
      'GET',
      '/api/v1/councils/878/alerts?status=open',
      { token: editor },
    );
    const alert = open.body.items.at(-1);
    expect(alert).toBeDefined();
    const key = { pk: 'COUNCIL#878', sk: `ALERT#${alert?.id}` };
    // Just before the acknowledgement is written, the worker re-measures the alert.
    let interleaved = 0;
    const name = 'worker-writes-first';
    runner.store.db.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand' && interleaved === 0) {
          interleaved += 1;
          await runner.store.db.send(
            new UpdateCommand({
              TableName: runner.store.tableName,
              Key: key,
              UpdateExpression: 'SET measured = :m, version = version + :one',
              ExpressionAttributeValues: { ':m': 12_345, ':one': 1 },
            }),
          );
        }
        return next(args);
      },
      { step: 'initialize', name },
    );
    try {
      const acked = await api.call<Alert & { acknowledgeNote: string }>(
        'POST',
        `/api/v1/councils/878/alerts/${alert?.id}/acknowledge`,
        { token: editor, body: { note: 'Seen while it was re-measured' } },
      );
      expect(interleaved).toBe(1);
      expect(acked.status).toBe(200);
      expect(acked.body).toMatchObject({
        status: 'acknowledged',
        measured: 12_345,
        acknowledgeNote: 'Seen while it was re-measured',
      });
    } finally {
      runner.store.db.middlewareStack.remove(name);
    }
    const stored = await runner.store.db.send(
      new GetCommand({ TableName: runner.store.tableName, Key: key }),
    );
    expect(stored.Item).toMatchObject({ status: 'acknowledged', measured: 12_345 });
  });

  it('lets a council editor acknowledge an alert with a note, and not a viewer; DfE-only lists refuse council users', async () => {
    const open = await api.call<{ items: Alert[] }>(
      'GET',
      '/api/v1/councils/878/alerts?status=open',
      { token: editor },
    );
    const alert = open.body.items[0];
    expect(alert).toBeDefined();
    const viewer = await api.token({ sub: 'viewer', role: 'council-viewer', laCode: '878' });
    const refused = await api.call('POST', `/api/v1/councils/878/alerts/${alert?.id}/acknowledge`, {
      token: viewer,
      body: { note: 'seen' },
    });
    expect(refused.status).toBe(403);
    const acked = await api.call<Alert>(
      'POST',
      `/api/v1/councils/878/alerts/${alert?.id}/acknowledge`,
      { token: editor, body: { note: 'Recovery plan in hand' } },
    );
    expect(acked.status).toBe(200);
    expect(acked.body.status).toBe('acknowledged');
    const again = await api.call('POST', `/api/v1/councils/878/alerts/${alert?.id}/acknowledge`, {
      token: editor,
      body: { note: 'x' },
    });
    expect(again.status).toBe(409);
    expect((await api.call('GET', '/api/v1/alerts', { token: editor })).status).toBe(403);

    await api.call('POST', '/api/v1/councils', {
      token: admin,
      body: { laCode: '879', name: 'Elsewhere' },
    });
    const other = await api.token({ sub: 'other', role: 'council-editor', laCode: '879' });
    expect((await api.call('GET', '/api/v1/councils/878/alerts', { token: other })).status).toBe(
      404,
    );
    const foreignAck = await api.call(
      'POST',
      `/api/v1/councils/878/alerts/${alert?.id}/acknowledge`,
      { token: other, body: { note: 'x' } },
    );
    expect(foreignAck.status).toBe(404);
  });
});
