import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../../infra/local/stream-poller';
import { startTestApi, type TestApi } from '../support/api';
import { eventually } from '../support/http';
import { rawClient, type Send } from './support/http';
import { suiteSummary } from './support/summary';
import { startAlertWorker } from './support/table';
import { agreementWithIds, breachingReturn, expectStatus } from './support/world';

/**
 * The alert worker must keep up with whatever valid data the API accepts. An empty
 * draft (`{}`: "drafts may be partial") is stored as an empty map, and DynamoDB Local's
 * stream hands an empty map over as `{}` with no type: the worker must not stall on it.
 */

let api: TestApi;
let send: Send;
let worker: StreamPoller;
const summary = suiteSummary('alert worker resilience');

beforeAll(async () => {
  api = await startTestApi();
  send = rawClient(api.url);
  worker = await startAlertWorker(api.store);
  const admin = await api.tokenFor('dfe-admin');
  for (const laCode of ['351', '352']) {
    await expectStatus(
      `council ${laCode}`,
      send({
        method: 'POST',
        path: '/api/v1/councils',
        token: admin,
        body: { laCode, name: `Council ${laCode}` },
      }),
      201,
    );
    await expectStatus(
      `agreement ${laCode}`,
      send({
        method: 'PUT',
        path: `/api/v1/councils/${laCode}/agreement`,
        token: admin,
        body: agreementWithIds('rs'),
      }),
      201,
    );
  }
});

afterAll(async () => {
  await worker?.stop();
  await api?.close();
  summary.flush();
});

describe('the alert worker', () => {
  it('still raises alerts within 5 seconds after a council saves an empty draft', async () => {
    const editor = await api.tokenFor('council-editor', '351');
    const approver = await api.tokenFor('council-approver', '352');
    const admin = await api.tokenFor('dfe-admin');
    await expectStatus(
      'empty draft',
      send({
        method: 'PUT',
        path: '/api/v1/councils/351/returns/2024-25-Q1',
        token: editor,
        body: {},
      }),
      201,
    );

    // Another council's breaching submission must still raise its alert.
    const editor352 = await api.tokenFor('council-editor', '352');
    await expectStatus(
      'breaching draft',
      send({
        method: 'PUT',
        path: '/api/v1/councils/352/returns/2024-25-Q1',
        token: editor352,
        body: breachingReturn('rs', 'resilience'),
      }),
      201,
    );
    await expectStatus(
      'submit',
      send({
        method: 'POST',
        path: '/api/v1/councils/352/returns/2024-25-Q1/submit',
        token: approver,
        headers: { 'Idempotency-Key': 'resilience-1' },
        body: { signOff: { name: 'A Officer', role: 'Section 151 officer' } },
      }),
      200,
    );
    const started = Date.now();
    const alert = await eventually(async () => {
      const res = await send({
        method: 'GET',
        path: '/api/v1/councils/352/alerts?rule=trajectory-breach',
        token: admin,
      });
      return (res.json as { items: { id: string }[] }).items[0];
    }, 5000).catch(() => undefined);
    summary.set(
      'alert raised after an empty draft',
      alert ? `yes (${Date.now() - started} ms)` : 'no',
    );
    expect(alert, 'no alert within 5 s: the worker is stuck on the empty draft').toBeDefined();
  });
});
