import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../../infra/local/stream-poller';
import { startTestApi, type TestApi } from '../support/api';
import { completeReturn } from '../support/fixtures';
import {
  problemViolation,
  rawClient,
  type RawRequest,
  type RawResponse,
  type Send,
} from './support/http';
import { suiteSummary } from './support/summary';
import { observerOf, partitionItems, startAlertWorker } from './support/table';
import { agreementWithIds, breachingReturn, expectStatus } from './support/world';

/**
 * Races on one resource: only one of many writers based on the same version wins, the
 * others are told so (412 or 409) and nothing they sent is stored; idempotent submission
 * answers every repeat of a key alike; every acknowledged write is in the history and
 * the audit trail exactly once.
 */

const LA = '351';
const base = `/api/v1/councils/${LA}`;
let api: TestApi;
let send: Send;
let worker: StreamPoller;
let observer: ReturnType<typeof observerOf>;
const summary = suiteSummary('concurrency');
const tok: Record<string, string> = {};

const signOff = { signOff: { name: 'Race Officer', role: 'Section 151 officer' } };
const conditions = () => ({
  conditions: [
    { conditionId: 'cc-cond-1', status: 'on-track' as const, statement: 'On track' },
    { conditionId: 'cc-cond-2', status: 'met' as const, statement: 'Met' },
  ],
});

type History = { items: { version: number; action: string; content?: { narrative?: string } }[] };

async function history(period: string) {
  const res = await send({
    method: 'GET',
    path: `${base}/returns/${period}/history?limit=200`,
    token: tok.admin,
  });
  expect(res.status).toBe(200);
  return (res.json as History).items;
}

/** The audit trail's entries for changes people made (the alert worker's own are left out). */
async function auditActions() {
  return (await partitionItems(observer, LA))
    .filter((i) => String(i.sk).startsWith('AUDIT#'))
    .filter((i) => (i.actor as { role?: string } | undefined)?.role !== 'system')
    .map((i) => String(i.action));
}

/** Fires every request at once (all sockets open first) and collects the answers. */
async function race(requests: RawRequest[]): Promise<RawResponse[]> {
  const responses = await Promise.all(requests.map((r) => send(r)));
  summary.add('concurrent requests', requests.length);
  for (const res of responses) expect(problemViolation(res), res.text).toBeUndefined();
  return responses;
}

async function trancheDecisions(trancheId: string) {
  const list = await send({ method: 'GET', path: `${base}/tranches`, token: tok.admin });
  type Decision = { reason: string; from: string; to: string };
  const items = (list.json as { items: { id: string; decisions: Decision[] }[] }).items;
  return items.find((t) => t.id === trancheId)?.decisions ?? [];
}

const statusCounts = (responses: RawResponse[]) =>
  responses.reduce<Record<number, number>>(
    (acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }),
    {},
  );

beforeAll(async () => {
  api = await startTestApi();
  send = rawClient(api.url);
  observer = observerOf(api.store);
  worker = await startAlertWorker(api.store);
  tok.admin = await api.tokenFor('dfe-admin');
  tok.reviewer = await api.tokenFor('dfe-reviewer');
  tok.editor = await api.tokenFor('council-editor', LA);
  tok.approver = await api.tokenFor('council-approver', LA);
  await expectStatus(
    'council',
    send({
      method: 'POST',
      path: '/api/v1/councils',
      token: tok.admin,
      body: { laCode: LA, name: 'Racing' },
    }),
    201,
  );
  await expectStatus(
    'agreement',
    send({
      method: 'PUT',
      path: `${base}/agreement`,
      token: tok.admin,
      body: agreementWithIds('cc'),
    }),
    201,
  );
});

afterAll(async () => {
  await worker?.stop();
  await api?.close();
  summary.flush();
});

describe('concurrent writes to one resource', () => {
  it('20 saves with the same If-Match: one 200, nineteen 412, one new version', async () => {
    const period = '2024-25-Q1';
    const first = await send({
      method: 'PUT',
      path: `${base}/returns/${period}`,
      token: tok.editor,
      body: completeReturn(conditions()),
    });
    expect(first.status).toBe(201);
    for (let round = 1; round <= 3; round++) {
      const version = round; // 1, then each round adds one
      const auditBefore = (await auditActions()).length;
      const responses = await race(
        Array.from({ length: 20 }, (_, i) => ({
          method: 'PUT',
          path: `${base}/returns/${period}`,
          token: i % 2 ? tok.editor : tok.approver,
          headers: { 'If-Match': `"${version}"` },
          body: completeReturn({ ...conditions(), narrative: `round ${round} writer ${i}` }),
        })),
      );
      expect(statusCounts(responses)).toEqual({ 200: 1, 412: 19 });
      const winner = responses.findIndex((r) => r.status === 200);
      const items = await history(period);
      expect(items.map((h) => h.version)).toEqual(
        Array.from({ length: version + 1 }, (_, i) => version + 1 - i),
      );
      expect(items[0]?.content?.narrative).toBe(`round ${round} writer ${winner}`);
      expect((await auditActions()).length).toBe(auditBefore + 1);
      summary.add('save races (20 writers each)');
    }
  });

  it('10 submits with one Idempotency-Key: identical answers, one submission', async () => {
    const period = '2024-25-Q2';
    await expectStatus(
      'draft',
      send({
        method: 'PUT',
        path: `${base}/returns/${period}`,
        token: tok.editor,
        body: completeReturn(conditions()),
      }),
      201,
    );
    const auditBefore = (await auditActions()).length;
    const submit = (key: string): RawRequest => ({
      method: 'POST',
      path: `${base}/returns/${period}/submit`,
      token: tok.approver,
      headers: { 'Idempotency-Key': key },
      body: signOff,
    });
    const responses = await race(Array.from({ length: 10 }, () => submit('same-key-1')));
    expect(statusCounts(responses)).toEqual({ 200: 10 });
    for (const r of responses) expect(r.json).toEqual(responses[0]?.json);
    const submissions = (await history(period)).filter((h) => h.action === 'submitted');
    expect(submissions).toHaveLength(1);
    expect((await auditActions()).length).toBe(auditBefore + 1);
    // A repeat after the race still gets the same answer and changes nothing.
    const later = await send(submit('same-key-1'));
    expect(later.json).toEqual(responses[0]?.json);
    expect((await auditActions()).length).toBe(auditBefore + 1);
    summary.add('idempotent submit races');
  });

  it('10 submits with one key racing 10 with their own keys: one submission; the key answers alike', async () => {
    const period = '2024-25-Q2';
    await expectStatus(
      'return it',
      send({
        method: 'POST',
        path: `${base}/returns/${period}/review`,
        token: tok.reviewer,
        body: { decision: 'return', comments: 'Again' },
      }),
      200,
    );
    const submittedBefore = (await history(period)).filter((h) => h.action === 'submitted').length;
    const auditBefore = (await auditActions()).length;
    const req = (key: string): RawRequest => ({
      method: 'POST',
      path: `${base}/returns/${period}/submit`,
      token: tok.approver,
      headers: { 'Idempotency-Key': key },
      body: signOff,
    });
    const requests = Array.from({ length: 20 }, (_, i) =>
      req(i % 2 ? 'shared-key-2' : `own-key-${i}`),
    );
    const responses = await race(requests);
    const shared = responses.filter((_, i) => i % 2);
    const own = responses.filter((_, i) => !(i % 2));
    // Every request with the shared key is answered alike: all the one submission, or all refused.
    for (const r of shared) {
      expect(r.status).toBe(shared[0]?.status);
      if (r.status === 200) expect(r.json).toEqual(shared[0]?.json);
    }
    const winners =
      (shared[0]?.status === 200 ? 1 : 0) + own.filter((r) => r.status === 200).length;
    expect(winners, JSON.stringify(statusCounts(responses))).toBe(1);
    for (const r of responses) expect([200, 409]).toContain(r.status);
    const submitted = (await history(period)).filter((h) => h.action === 'submitted').length;
    expect(submitted).toBe(submittedBefore + 1);
    expect((await auditActions()).length).toBe(auditBefore + 1);
    summary.add('mixed-key submit races');
  });

  it('10 identical decisions on one tranche: exactly one is recorded', async () => {
    const auditBefore = (await auditActions()).length;
    const responses = await race(
      Array.from({ length: 10 }, (_, i) => ({
        method: 'POST',
        path: `${base}/tranches/cc-t2/decision`,
        token: tok.admin,
        body: { decision: 'withhold', reason: `decider ${i}` },
      })),
    );
    expect(statusCounts(responses)).toEqual({ 200: 1, 409: 9 });
    const winner = responses.findIndex((r) => r.status === 200);
    expect((await trancheDecisions('cc-t2')).map((d) => d.reason)).toEqual([`decider ${winner}`]);
    expect((await auditActions()).length).toBe(auditBefore + 1);
    summary.add('tranche decision races');
  });

  it('10 different decisions on one tranche: each 200 is one link of a single chain', async () => {
    // Requests that arrive after the first has landed may legitimately move the tranche on
    // (withheld → suspended): what must never happen is a lost or forked decision.
    const auditBefore = (await auditActions()).length;
    const kinds = ['withhold', 'suspend', 'release'] as const;
    const responses = await race(
      Array.from({ length: 10 }, (_, i) => ({
        method: 'POST',
        path: `${base}/tranches/cc-t3/decision`,
        token: tok.admin,
        body: { decision: kinds[i % kinds.length], reason: `decider ${i}`, override: true },
      })),
    );
    for (const r of responses) expect([200, 409]).toContain(r.status);
    const winners = responses.flatMap((r, i) => (r.status === 200 ? [`decider ${i}`] : []));
    const decisions = await trancheDecisions('cc-t3');
    expect(decisions.map((d) => d.reason).sort()).toEqual([...winners].sort());
    decisions.forEach((d, i) => expect(d.from).toBe(i === 0 ? 'scheduled' : decisions[i - 1]?.to));
    expect((await auditActions()).length).toBe(auditBefore + winners.length);
    summary.add('tranche decision races');
  });

  it('10 variations of the agreement with the same If-Match: one wins', async () => {
    const auditBefore = (await auditActions()).length;
    const responses = await race(
      Array.from({ length: 10 }, (_, i) => ({
        method: 'PUT',
        path: `${base}/agreement`,
        token: tok.admin,
        headers: { 'If-Match': '"1"' },
        body: agreementWithIds('cc', `variation ${i}`),
      })),
    );
    expect(statusCounts(responses)).toEqual({ 200: 1, 412: 9 });
    const versions = await send({
      method: 'GET',
      path: `${base}/agreement/versions`,
      token: tok.admin,
    });
    const items = (versions.json as { items: { version: number; reason?: string }[] }).items;
    const winner = responses.findIndex((r) => r.status === 200);
    expect(items.map((v) => v.version)).toEqual([2, 1]);
    expect(items[0]?.reason).toBe(`variation ${winner}`);
    expect((await auditActions()).length).toBe(auditBefore + 1);
    summary.add('agreement variation races');
  });

  it('10 creations of one council: one 201, nine 409', async () => {
    const responses = await race(
      Array.from({ length: 10 }, (_, i) => ({
        method: 'POST',
        path: '/api/v1/councils',
        token: tok.admin,
        body: { laCode: '352', name: `Creator ${i}` },
      })),
    );
    expect(statusCounts(responses)).toEqual({ 201: 1, 409: 9 });
    const winner = responses.findIndex((r) => r.status === 201);
    const got = await send({ method: 'GET', path: '/api/v1/councils/352', token: tok.admin });
    expect((got.json as { name: string }).name).toBe(`Creator ${winner}`);
    expect(
      (await partitionItems(observer, '352')).filter((i) => String(i.sk).startsWith('AUDIT#')),
    ).toHaveLength(1);
    summary.add('council creation races');
  });

  it('10 acknowledgements of one alert: one 200, nine 409', async () => {
    const period = '2024-25-Q3';
    await expectStatus(
      'breaching draft',
      send({
        method: 'PUT',
        path: `${base}/returns/${period}`,
        token: tok.editor,
        body: breachingReturn('cc', 'race'),
      }),
      201,
    );
    await expectStatus(
      'submit',
      send({
        method: 'POST',
        path: `${base}/returns/${period}/submit`,
        token: tok.approver,
        headers: { 'Idempotency-Key': 'alert-race' },
        body: signOff,
      }),
      200,
    );
    let alertId: string | undefined;
    for (let i = 0; i < 100 && !alertId; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const res = await send({
        method: 'GET',
        path: `${base}/alerts?status=open&rule=trajectory-breach`,
        token: tok.admin,
      });
      alertId = (res.json as { items: { id: string }[] }).items[0]?.id;
    }
    expect(alertId).toBeDefined();
    await new Promise((r) => setTimeout(r, 300));
    await worker.drain();
    const auditBefore = (await auditActions()).length;
    const responses = await race(
      Array.from({ length: 10 }, (_, i) => ({
        method: 'POST',
        path: `${base}/alerts/${alertId}/acknowledge`,
        token: i % 2 ? tok.editor : tok.admin,
        body: { note: `ack ${i}` },
      })),
    );
    expect(statusCounts(responses)).toEqual({ 200: 1, 409: 9 });
    expect((await auditActions()).filter((a) => a === 'alert.acknowledged')).toHaveLength(1);
    expect((await auditActions()).length).toBe(auditBefore + 1);
    summary.add('alert acknowledgement races');
  });

  it('10 assessments at once: every 201 is kept, any other answer is a 409', async () => {
    const before = (await partitionItems(observer, LA)).filter((i) =>
      String(i.sk).startsWith('ASSESSMENT#'),
    ).length;
    const responses = await race(
      Array.from({ length: 10 }, (_, i) => ({
        method: 'POST',
        path: `${base}/conditions/cc-cond-1/assessments`,
        token: tok.reviewer,
        body: { period: '2024-25-Q1', status: 'on-track', note: `assessor ${i}` },
      })),
    );
    for (const r of responses) expect([201, 409]).toContain(r.status);
    const created = responses.filter((r) => r.status === 201).length;
    const after = (await partitionItems(observer, LA)).filter((i) =>
      String(i.sk).startsWith('ASSESSMENT#'),
    ).length;
    expect(after - before).toBe(created);
    summary.add('assessments kept of 10 sent at once', created);
  });

  it('saves racing submissions leave one consistent history', async () => {
    const period = '2024-25-Q4';
    await expectStatus(
      'draft',
      send({
        method: 'PUT',
        path: `${base}/returns/${period}`,
        token: tok.editor,
        body: completeReturn(conditions()),
      }),
      201,
    );
    const responses = await race([
      ...Array.from({ length: 10 }, (_, i) => ({
        method: 'PUT',
        path: `${base}/returns/${period}`,
        token: tok.editor,
        headers: { 'If-Match': '"1"' },
        body: completeReturn({ ...conditions(), narrative: `saver ${i}` }),
      })),
      ...Array.from({ length: 5 }, (_, i) => ({
        method: 'POST',
        path: `${base}/returns/${period}/submit`,
        token: tok.approver,
        headers: { 'Idempotency-Key': `racing-submit-${i}` },
        body: signOff,
      })),
    ]);
    for (const r of responses) expect([200, 409, 412]).toContain(r.status);
    const items = await history(period);
    const versions = items.map((h) => h.version);
    // One version per acknowledged change, no gaps, none twice.
    expect(versions).toEqual(
      Array.from({ length: versions.length }, (_, i) => versions.length - i),
    );
    expect(versions.length).toBe(1 + responses.filter((r) => r.status === 200).length);
    const current = await send({
      method: 'GET',
      path: `${base}/returns/${period}`,
      token: tok.admin,
    });
    expect((current.json as { version: number }).version).toBe(versions[0]);
    summary.add('save-versus-submit races');
  });
});
