import { Logger } from '@aws-lambda-powertools/logger';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AlertingDeps } from '../../shared/alerts/apply-outcomes';
import { changeHandlers } from '../../functions/alerts/handlers';
import type { Notifier } from '../../shared/alerts/notifier';
import { processRecords, type ChangeRecord } from '../../functions/alerts/process-records';
import type { AppDeps } from '../../functions/api/env';
import { saveNotificationSettings } from '../../functions/api/notifications/save-notification-settings';
import { markReadyForSignOff } from '../../functions/api/returns/mark-ready-for-sign-off';
import { saveDraft } from '../../functions/api/returns/save-draft';
import { getReturn } from '../../shared/data/returns/get-return';
import { runScheduledChecks } from '../../functions/schedule/run-scheduled-checks';
import type { Principal } from '../../shared/auth';
import { saveAgreement } from '../../shared/data/agreements/save-agreement';
import { createCouncil } from '../../shared/data/councils/create-council';
import { keys } from '../../shared/data/keys';
import { STALE_CLAIM_MS } from '../../shared/data/notifications/deliveries';
import type { NotificationEvent } from '../../shared/domain';
import { EMAIL_SEND_BOUND_MS } from '../../shared/messaging/email-sender';
import { createNotifySender, NOTIFY_DEFAULTS } from '../../shared/messaging/govuk-notify-sender';
import { UNDELIVERED_LOG_MESSAGE } from '../../shared/messaging/notify-people';
import { AgreementInput } from '../../shared/schemas/agreement';
import { startFakeNotify, TEST_NOTIFY_KEY } from '../support/fake-notify';
import { agreementBody, completeReturn } from '../support/fixtures';
import { createTestStore } from '../support/test-store';
import { captureCalls } from '../bench/replay-calls';

/**
 * The notification flow end to end: people's settings in DynamoDB Local, the alert worker
 * and the scheduled checks, and the real GOV.UK Notify client talking HTTP to a local
 * server standing in for Notify.
 */

const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
const admin = { sub: 'admin', role: 'dfe-admin' } as const;
const TEMPLATES: Record<NotificationEvent, string> = {
  'return-due': 'tpl-return-due',
  'return-overdue': 'tpl-return-overdue',
  'return-returned': 'tpl-return-returned',
  'return-accepted': 'tpl-return-accepted',
  'alert-red': 'tpl-alert-red',
  'alert-amber': 'tpl-alert-amber',
  'plan-reviewed': 'tpl-plan-reviewed',
  'ready-for-sign-off': 'tpl-ready',
};
const silentNotifier: Notifier = { publish: () => Promise.resolve() };

let store: Awaited<ReturnType<typeof createTestStore>>;
let notify: Awaited<ReturnType<typeof startFakeNotify>>;
let deps: AlertingDeps;

const appDepsOf = (): AppDeps => ({
  store,
  logger,
  now: () => new Date(),
  verifyToken: () => Promise.reject(new Error('not used')),
});

async function subscribe(principal: Principal, email: string, events: NotificationEvent[]) {
  await saveNotificationSettings(appDepsOf(), principal, {
    input: { email, events },
    ifMatch: undefined,
  });
}

async function council(laCode: string, name: string) {
  await createCouncil(store, { laCode, name }, admin, new Date());
  await saveAgreement(
    store,
    laCode,
    AgreementInput.parse(agreementBody()),
    admin,
    undefined,
    new Date(),
  );
}

function returnChange(
  laCode: string,
  period: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  seq: string,
): ChangeRecord {
  const base = {
    type: 'return',
    laCode,
    period,
    financialYear: period.slice(0, 7),
    dueOn: '2024-10-30',
    createdAt: '2024-10-01T00:00:00.000Z',
    updatedAt: '2024-10-20T00:00:00.000Z',
    updatedBy: { sub: 'a', role: 'council-approver' },
  };
  return {
    eventID: `event-${seq}`,
    eventName: 'MODIFY',
    dynamodb: {
      SequenceNumber: seq,
      OldImage: marshall({ ...base, ...before }, { removeUndefinedValues: true }),
      NewImage: marshall({ ...base, ...after }, { removeUndefinedValues: true }),
    },
  };
}

/** A council's return accepted by DfE at its second version, as the stream delivers it. */
const acceptedReturn = (laCode: string, period: string, seq: string) =>
  returnChange(
    laCode,
    period,
    { status: 'submitted', version: 1, content: completeReturn() },
    {
      status: 'accepted',
      version: 2,
      content: completeReturn(),
      review: {
        decision: 'accept',
        reviewedAt: '2025-11-01T00:00:00.000Z',
        reviewedBy: { sub: 'r', role: 'dfe-reviewer' },
      },
    },
    seq,
  );

const sentTo = (template: string) =>
  notify.requests
    .filter((r) => r.body.template_id === template)
    .map((r) => r.body.email_address)
    .sort();

beforeAll(async () => {
  store = await createTestStore();
  notify = await startFakeNotify();
  deps = {
    store,
    logger,
    notifier: silentNotifier,
    now: () => new Date(),
    webUrl: 'https://svm.example.gov.uk',
    emails: createNotifySender({
      apiKey: () => Promise.resolve(TEST_NOTIFY_KEY),
      templates: TEMPLATES,
      baseUrl: notify.url,
      backoffMs: 1,
    }),
  };
  await council('351', 'Bury');
  await subscribe(
    { sub: 'bury-editor', role: 'council-editor', laCode: '351' },
    'editor@bury.gov.uk',
    ['alert-red', 'alert-amber', 'return-returned', 'return-accepted'],
  );
  await subscribe(
    { sub: 'bury-viewer', role: 'council-viewer', laCode: '351' },
    'viewer@bury.gov.uk',
    ['return-due'],
  );
  await subscribe({ sub: 'reviewer', role: 'dfe-reviewer' }, 'reviewer@education.gov.uk', [
    'alert-red',
  ]);
});

afterAll(async () => {
  await notify?.close();
});

describe('email notifications through GOV.UK Notify', () => {
  it('emails a red alert once to each subscriber, however often the stream record repeats', async () => {
    const submitted = returnChange(
      '351',
      '2024-25-Q2',
      { status: 'draft', version: 2, content: completeReturn() },
      {
        status: 'submitted',
        version: 3,
        submittedAt: '2024-10-20T00:00:00.000Z',
        content: completeReturn({
          finance: { ...completeReturn().finance!, forecastCumulativeDeficit: 9_000_000 },
        }),
      },
      '100',
    );
    for (let i = 0; i < 3; i++) {
      expect(await processRecords([submitted], deps, changeHandlers)).toEqual({
        batchItemFailures: [],
      });
    }
    await processRecords([submitted, submitted], deps, changeHandlers);

    const red = notify.requests.filter(
      (r) =>
        r.body.template_id === TEMPLATES['alert-red'] &&
        r.body.personalisation?.period === '2024-25 quarter 2',
    );
    const byPerson = red.map((r) => r.body.email_address);
    // The council's editor and DfE's reviewer, once each; the viewer chose no alerts.
    expect(new Set(byPerson)).toEqual(new Set(['editor@bury.gov.uk', 'reviewer@education.gov.uk']));
    const trajectory = red.filter((r) => r.body.personalisation?.alert?.includes('forecast'));
    expect(trajectory.length).toBeLessThanOrEqual(2);
    expect(byPerson.length).toBe(
      new Set(red.map((r) => `${r.body.email_address} ${r.body.reference}`)).size,
    );
    const first = red[0]!;
    expect(first.path).toBe('/v2/notifications/email');
    expect(first.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(first.body.personalisation).toMatchObject({
      council: 'Bury',
      link: 'https://svm.example.gov.uk/councils/351/alerts',
    });
  });

  it('emails a returned return once, with DfE comments, under a repeated stream record', async () => {
    const returned = returnChange(
      '351',
      '2024-25-Q1',
      { status: 'submitted', version: 3, content: completeReturn() },
      {
        status: 'returned',
        version: 4,
        content: completeReturn(),
        review: {
          decision: 'return',
          comments: 'Explain the EHCP rise',
          reviewedAt: '2024-11-01T00:00:00.000Z',
          reviewedBy: { sub: 'r', role: 'dfe-reviewer' },
        },
      },
      '200',
    );
    await processRecords([returned], deps, changeHandlers);
    await processRecords([returned, returned], deps, changeHandlers);
    const sent = notify.requests.filter((r) => r.body.template_id === TEMPLATES['return-returned']);
    expect(sent.map((r) => r.body.email_address)).toEqual(['editor@bury.gov.uk']);
    expect(sent[0]!.body.personalisation).toEqual({
      council: 'Bury',
      period: '2024-25 quarter 1',
      comments: 'Explain the EHCP rise',
      link: 'https://svm.example.gov.uk/councils/351/returns/2024-25-Q1',
    });
  });

  it('sends a return-due reminder once however often the scheduled checks run', async () => {
    // 2024-25-Q2 ended on 30 September and is due on 30 October: five days to go.
    const scheduleDeps = { ...deps, now: () => new Date('2024-10-25T09:00:00.000Z') };
    const before = sentTo(TEMPLATES['return-due']).length;
    for (let i = 0; i < 3; i++) await runScheduledChecks(scheduleDeps);
    const due = notify.requests.filter((r) => r.body.template_id === TEMPLATES['return-due']);
    expect(due.length - before).toBe(1);
    expect(due.at(-1)!.body).toMatchObject({
      email_address: 'viewer@bury.gov.uk',
      personalisation: { period: '2024-25 quarter 2', due_date: '30 October 2024' },
    });
  });
});

describe('a return sent for sign-off', () => {
  const editor = {
    sub: 'bristol-editor',
    role: 'council-editor',
    laCode: '801',
    name: 'Ann Editor',
  } as const;
  const period = '2024-25-Q2';

  /** The stream record of a change between two stored versions of a return. */
  const recordOf = (
    before: Record<string, unknown>,
    after: Record<string, unknown>,
    seq: string,
  ): ChangeRecord => ({
    eventID: `event-${seq}`,
    eventName: 'MODIFY',
    dynamodb: {
      SequenceNumber: seq,
      OldImage: marshall(before, { removeUndefinedValues: true }),
      NewImage: marshall(after, { removeUndefinedValues: true }),
    },
  });

  beforeAll(async () => {
    await council('801', 'Bristol');
    await subscribe(
      { sub: 'bristol-approver', role: 'council-approver', laCode: '801' },
      'section151@bristol.gov.uk',
      ['ready-for-sign-off', 'alert-red'],
    );
    await subscribe(
      { sub: 'bristol-approver-2', role: 'council-approver', laCode: '801' },
      'dcs@bristol.gov.uk',
      ['alert-red'],
    );
    await subscribe(editor, 'finance@bristol.gov.uk', ['return-returned']);
  });

  it('an editor cannot choose the hand-over: it is for sign-off officers', async () => {
    await expect(
      saveNotificationSettings(
        appDepsOf(),
        { ...editor, sub: 'bristol-editor-2' },
        {
          input: { email: 'other@bristol.gov.uk', events: ['ready-for-sign-off'] },
          ifMatch: undefined,
        },
      ),
    ).rejects.toMatchObject({
      errors: [{ path: 'events[0]', message: expect.stringContaining('approvers') as string }],
    });
  });

  it('emails the approvers who chose it, once however often the stream record repeats', async () => {
    const app = appDepsOf();
    await saveDraft(app, editor, {
      laCode: '801',
      period,
      content: completeReturn(),
      ifMatch: undefined,
    });
    const draft = (await getReturn(store, '801', period))!;
    await markReadyForSignOff(app, editor, {
      laCode: '801',
      period,
      ifMatch: String(draft.version),
    });
    const ready = (await getReturn(store, '801', period))!;
    expect(ready.readyForSignOff).toBeDefined();

    const start = notify.requests.length;
    const handOver = recordOf({ type: 'return', ...draft }, { type: 'return', ...ready }, '700');
    for (let i = 0; i < 3; i++) {
      expect(await processRecords([handOver], deps, changeHandlers)).toEqual({
        batchItemFailures: [],
      });
    }
    await processRecords([handOver, handOver], deps, changeHandlers);

    const sent = notify.requests.slice(start);
    // The approver who chose it, once; not the other approver, not the editor.
    expect(sent.map((r) => [r.body.template_id, r.body.email_address])).toEqual([
      [TEMPLATES['ready-for-sign-off'], 'section151@bristol.gov.uk'],
    ]);
    expect(sent[0]!.body.personalisation).toEqual({
      council: 'Bristol',
      period: '2024-25 quarter 2',
      link: 'https://svm.example.gov.uk/councils/801/returns/2024-25-Q2',
    });
    const delivery = await store.db.send(
      new GetCommand({
        TableName: store.tableName,
        Key: keys.notificationDelivery(
          '801',
          'ready-for-sign-off',
          `${period}-v${ready.version}`,
          'council',
          'bristol-approver',
        ),
      }),
    );
    expect(delivery.Item).toMatchObject({ state: 'sent' });
  });

  it('sends nothing for an edit that clears the mark, and tells again when sent afresh', async () => {
    const app = appDepsOf();
    const ready = (await getReturn(store, '801', period))!;
    await saveDraft(app, editor, {
      laCode: '801',
      period,
      content: completeReturn({ narrative: 'Updated after the finance meeting' }),
      ifMatch: String(ready.version),
    });
    const edited = (await getReturn(store, '801', period))!;
    expect(edited.readyForSignOff).toBeUndefined();
    const start = notify.requests.length;
    await processRecords(
      [recordOf({ type: 'return', ...ready }, { type: 'return', ...edited }, '710')],
      deps,
      changeHandlers,
    );
    expect(notify.requests.length).toBe(start);

    await markReadyForSignOff(app, editor, { laCode: '801', period, ifMatch: undefined });
    const again = (await getReturn(store, '801', period))!;
    const handOver = recordOf({ type: 'return', ...edited }, { type: 'return', ...again }, '720');
    await processRecords([handOver, handOver], deps, changeHandlers);
    expect(notify.requests.slice(start).map((r) => r.body.email_address)).toEqual([
      'section151@bristol.gov.uk',
    ]);
  });
});

describe('settings saved before the role was stored', () => {
  const editor = { sub: 'leeds-editor', role: 'council-editor', laCode: '383' } as const;
  const period = '2024-25-Q3';

  /** A settings item as the first release wrote it: the saver in updatedBy, no role. */
  async function oldSettings(sub: string, email: string, savedBy: string) {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          ...keys.notificationSettings('383', sub),
          type: 'notification-settings',
          partition: '383',
          sub,
          audience: 'council',
          email,
          events: ['ready-for-sign-off', 'return-accepted'],
          version: 1,
          createdAt: '2026-11-20T09:00:00.000Z',
          updatedAt: '2026-11-20T09:00:00.000Z',
          updatedBy: { sub, role: savedBy, laCode: '383' },
        },
      }),
    );
  }

  beforeAll(async () => {
    await council('383', 'Leeds');
    await oldSettings('leeds-approver', 's151@leeds.gov.uk', 'council-approver');
    // Not a choice an editor could make, but if one were stored it must not be honoured.
    await oldSettings('leeds-editor-old', 'finance@leeds.gov.uk', 'council-editor');
  });

  it('still emails the approver a return sent for sign-off, without their saving again', async () => {
    const app = appDepsOf();
    await saveDraft(app, editor, {
      laCode: '383',
      period,
      content: completeReturn(),
      ifMatch: undefined,
    });
    const draft = (await getReturn(store, '383', period))!;
    await markReadyForSignOff(app, editor, {
      laCode: '383',
      period,
      ifMatch: String(draft.version),
    });
    const ready = (await getReturn(store, '383', period))!;
    const start = notify.requests.length;
    const handOver: ChangeRecord = {
      eventID: 'event-old-settings',
      eventName: 'MODIFY',
      dynamodb: {
        SequenceNumber: '800',
        OldImage: marshall({ type: 'return', ...draft }, { removeUndefinedValues: true }),
        NewImage: marshall({ type: 'return', ...ready }, { removeUndefinedValues: true }),
      },
    };
    expect(await processRecords([handOver], deps, changeHandlers)).toEqual({
      batchItemFailures: [],
    });
    expect(
      notify.requests.slice(start).map((r) => [r.body.template_id, r.body.email_address]),
    ).toEqual([[TEMPLATES['ready-for-sign-off'], 's151@leeds.gov.uk']]);
    // The stored item is left as it was: nothing was migrated.
    const stored = await store.db.send(
      new GetCommand({
        TableName: store.tableName,
        Key: keys.notificationSettings('383', 'leeds-approver'),
      }),
    );
    expect(stored.Item?.role).toBeUndefined();
  });
});

describe('a worker killed in the middle of a send', () => {
  const accepted = (period: string, seq: string) => acceptedReturn('872', period, seq);
  const deliveryKey = (period: string) =>
    keys.notificationDelivery(
      '872',
      'return-accepted',
      `${period}-v2`,
      'council',
      'swindon-viewer',
    );

  /** The claim a worker leaves when it is killed after claiming, before finishing. */
  async function unfinishedClaim(period: string, ageMs: number) {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          ...deliveryKey(period),
          type: 'notification-delivery',
          laCode: '872',
          event: 'return-accepted',
          subject: `${period}-v2`,
          recipient: 'swindon-viewer',
          state: 'sending',
          claimedAt: new Date(Date.now() - ageMs).toISOString(),
        },
      }),
    );
  }
  const sentToKilled = (from: number) =>
    notify.requests.slice(from).filter((r) => r.body.email_address === 'killed@swindon.gov.uk');

  beforeAll(async () => {
    await council('872', 'Swindon');
    await subscribe(
      { sub: 'swindon-viewer', role: 'council-viewer', laCode: '872' },
      'killed@swindon.gov.uk',
      ['return-accepted'],
    );
  });

  it("sends on the stream's retry a claim older than the bound, then never again", async () => {
    const start = notify.requests.length;
    await unfinishedClaim('2025-26-Q1', STALE_CLAIM_MS + 1000);
    const record = accepted('2025-26-Q1', '900');
    expect(await processRecords([record], deps, changeHandlers)).toEqual({ batchItemFailures: [] });
    expect(sentToKilled(start)).toHaveLength(1);
    const delivery = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: deliveryKey('2025-26-Q1') }),
    );
    expect(delivery.Item).toMatchObject({ state: 'sent' });
    // Finished: each email once, however often the record comes again.
    await processRecords([record, record], deps, changeHandlers);
    expect(sentToKilled(start)).toHaveLength(1);
  });

  it('waits for a claim the retry finds too young to know abandoned, then sends it once', async () => {
    const start = notify.requests.length;
    // Killed moments before the retry: the claim becomes stale 1.2 s from now.
    await unfinishedClaim('2025-26-Q2', STALE_CLAIM_MS - 1200);
    const began = Date.now();
    const record = accepted('2025-26-Q2', '910');
    expect(await processRecords([record], deps, changeHandlers)).toEqual({ batchItemFailures: [] });
    expect(Date.now() - began).toBeGreaterThanOrEqual(1000);
    expect(sentToKilled(start)).toHaveLength(1);
  });

  it('does not send again what a claim in flight elsewhere finishes meanwhile, looking once', async () => {
    const start = notify.requests.length;
    // Claimed elsewhere moments ago: stale in 1.5 s; that worker's send ends in 0.5 s.
    await unfinishedClaim('2025-26-Q3', STALE_CLAIM_MS - 1500);
    const finishing = new Promise<void>((resolve) =>
      setTimeout(() => {
        void store.db
          .send(
            new UpdateCommand({
              TableName: store.tableName,
              Key: deliveryKey('2025-26-Q3'),
              UpdateExpression: 'SET #state = :sent',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: { ':sent': 'sent' },
            }),
          )
          .then(() => resolve());
      }, 500),
    );
    const capture = captureCalls(store.db);
    try {
      expect(await processRecords([accepted('2025-26-Q3', '920')], deps, changeHandlers)).toEqual({
        batchItemFailures: [],
      });
    } finally {
      capture.stop();
    }
    await finishing;
    expect(sentToKilled(start)).toHaveLength(0);
    // Its claim refused, the claim read once and waited on once until stale (not polled
    // each second), then one claim, refused because the send finished (the other
    // worker's Update, here the test's), and one read that finds it finished.
    const onClaim = capture
      .calls()
      .filter((c) => JSON.stringify(c.input).includes(deliveryKey('2025-26-Q3').sk))
      .sort((a, b) => a.start - b.start);
    expect(onClaim.map((c) => c.command)).toEqual([
      'PutItemCommand',
      'GetItemCommand',
      'UpdateItemCommand',
      'PutItemCommand',
      'GetItemCommand',
    ]);
    expect(onClaim[3]!.start - onClaim[1]!.end).toBeGreaterThanOrEqual(1000);
  });

  it('does not send again, on the retry, an email Notify took before its worker was killed', async () => {
    const start = notify.requests.length;
    const record = accepted('2026-27-Q1', '940');
    expect(await processRecords([record], deps, changeHandlers)).toEqual({ batchItemFailures: [] });
    expect(sentToKilled(start)).toHaveLength(1);
    const { Item: sent } = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: deliveryKey('2026-27-Q1') }),
    );
    // As if that worker had been killed once Notify took the email, before recording it.
    await unfinishedClaim('2026-27-Q1', STALE_CLAIM_MS + 1000);
    const lookups = notify.lookups.length;
    expect(await processRecords([record], deps, changeHandlers)).toEqual({ batchItemFailures: [] });
    expect(sentToKilled(start)).toHaveLength(1);
    expect(notify.lookups.slice(lookups)).toEqual([
      `/v2/notifications?template_type=email&reference=${encodeURIComponent(
        '872:return-accepted:2026-27-Q1-v2:swindon-viewer',
      )}`,
    ]);
    const { Item: recorded } = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: deliveryKey('2026-27-Q1') }),
    );
    expect(recorded).toMatchObject({ state: 'sent', providerId: sent!.providerId });
  });

  it('leaves a claim it cannot wait for within its remaining time to the retry, then sends it once', async () => {
    const start = notify.requests.length;
    // Claimed by a worker killed a moment ago: stale in 20 s, but this invocation has 25 s
    // left, too few for the wait and the send after it.
    await unfinishedClaim('2025-26-Q4', 0);
    const record = accepted('2025-26-Q4', '930');
    const began = Date.now();
    expect(
      await processRecords([record], { ...deps, remainingTimeMs: () => 25_000 }, changeHandlers),
    ).toEqual({ batchItemFailures: [{ itemIdentifier: '930' }] });
    expect(Date.now() - began).toBeLessThan(5_000);
    expect(sentToKilled(start)).toHaveLength(0);
    // The retry, once the claim is stale, sends it; later ones never again.
    await unfinishedClaim('2025-26-Q4', STALE_CLAIM_MS + 1000);
    expect(
      await processRecords([record], { ...deps, remainingTimeMs: () => 60_000 }, changeHandlers),
    ).toEqual({ batchItemFailures: [] });
    await processRecords([record], deps, changeHandlers);
    expect(sentToKilled(start)).toHaveLength(1);
  });
});

describe('when Notify is busy or failing', () => {
  beforeAll(async () => {
    await council('865', 'Wiltshire');
    await subscribe(
      { sub: 'wilts-viewer', role: 'council-viewer', laCode: '865' },
      'viewer@wiltshire.gov.uk',
      ['return-accepted', 'return-returned'],
    );
  });

  /** A return accepted at its second version, and its email's delivery record. */
  const acceptedIn = (period: string, seq: string) => acceptedReturn('865', period, seq);
  const deliveryOf = async (period: string) =>
    (
      await store.db.send(
        new GetCommand({
          TableName: store.tableName,
          Key: keys.notificationDelivery(
            '865',
            'return-accepted',
            `${period}-v2`,
            'council',
            'wilts-viewer',
          ),
        }),
      )
    ).Item;

  const review = (status: 'accepted' | 'returned', version: number, seq: string) =>
    returnChange(
      '865',
      `2024-25-Q${version - 2}`,
      { status: 'submitted', version: version - 1, content: completeReturn() },
      {
        status,
        version,
        content: completeReturn(),
        review: {
          decision: status === 'accepted' ? 'accept' : 'return',
          reviewedAt: '2024-11-01T00:00:00.000Z',
          reviewedBy: { sub: 'r', role: 'dfe-reviewer' },
        },
      },
      seq,
    );

  it('retries after a 429 and a 500 and delivers once', async () => {
    const start = notify.requests.length;
    notify.answerWith((_r, index) => (index === start + 1 ? 429 : index === start + 2 ? 500 : 201));
    await processRecords([review('accepted', 3, '300')], deps, changeHandlers);
    notify.answerWith(() => 201);
    const tries = notify.requests.slice(start);
    expect(tries.map((r) => r.body.template_id)).toEqual([
      TEMPLATES['return-accepted'],
      TEMPLATES['return-accepted'],
      TEMPLATES['return-accepted'],
    ]);
    const record = await store.db.send(
      new GetCommand({
        TableName: store.tableName,
        Key: keys.notificationDelivery(
          '865',
          'return-accepted',
          '2024-25-Q1-v3',
          'council',
          'wilts-viewer',
        ),
      }),
    );
    expect(record.Item).toMatchObject({ state: 'sent', providerId: `notify-${start + 3}` });
    // A repeat of the record sends nothing more.
    await processRecords([review('accepted', 3, '300')], deps, changeHandlers);
    expect(notify.requests.length).toBe(start + 3);
  });

  it('after the last retry logs the undelivered message for operators and lets a later try send it', async () => {
    const error = vi.spyOn(logger, 'error');
    const start = notify.requests.length;
    notify.answerWith(() => 503);
    const record = review('returned', 4, '400');
    expect(await processRecords([record], deps, changeHandlers)).toEqual({ batchItemFailures: [] });
    expect(notify.requests.length - start).toBe(4);
    expect(error).toHaveBeenCalledWith(
      UNDELIVERED_LOG_MESSAGE,
      expect.objectContaining({
        laCode: '865',
        event: 'return-returned',
        status: 503,
        attempts: 4,
      }),
    );
    // The log line carries no address: personal data stay out of the logs.
    expect(JSON.stringify(error.mock.calls)).not.toContain('wiltshire.gov.uk');
    const key = keys.notificationDelivery(
      '865',
      'return-returned',
      '2024-25-Q2-v4',
      'council',
      'wilts-viewer',
    );
    const failed = await store.db.send(new GetCommand({ TableName: store.tableName, Key: key }));
    expect(failed.Item).toMatchObject({ state: 'failed' });

    notify.answerWith(() => 201);
    await processRecords([record], deps, changeHandlers);
    await processRecords([record], deps, changeHandlers);
    expect(
      sentTo(TEMPLATES['return-returned']).filter((e) => e.includes('wiltshire')),
    ).toHaveLength(5);
    const sent = await store.db.send(new GetCommand({ TableName: store.tableName, Key: key }));
    expect(sent.Item).toMatchObject({ state: 'sent' });
    error.mockRestore();
  });

  it('abandons a request Notify never answers, tries again like a 5xx, then logs it as failed', async () => {
    const error = vi.spyOn(logger, 'error');
    const start = notify.requests.length;
    notify.answerWith(() => 'never');
    const impatient: AlertingDeps = {
      ...deps,
      emails: createNotifySender({
        apiKey: () => Promise.resolve(TEST_NOTIFY_KEY),
        templates: TEMPLATES,
        baseUrl: notify.url,
        backoffMs: 1,
        timeoutMs: 200,
      }),
    };
    const began = Date.now();
    const record = review('accepted', 6, '600');
    expect(await processRecords([record], impatient, changeHandlers)).toEqual({
      batchItemFailures: [],
    });
    // Four tries, each given up after its timeout rather than waiting for ever.
    expect(notify.requests.length - start).toBe(4);
    expect(Date.now() - began).toBeLessThan(10_000);
    expect(error).toHaveBeenCalledWith(
      UNDELIVERED_LOG_MESSAGE,
      expect.objectContaining({
        laCode: '865',
        event: 'return-accepted',
        attempts: 4,
        reason: 'GOV.UK Notify did not accept the message: no answer within 200 ms',
      }),
    );
    const key = keys.notificationDelivery(
      '865',
      'return-accepted',
      '2024-25-Q4-v6',
      'council',
      'wilts-viewer',
    );
    const failed = await store.db.send(new GetCommand({ TableName: store.tableName, Key: key }));
    expect(failed.Item).toMatchObject({ state: 'failed' });

    // Answering again, a later try delivers it.
    notify.answerWith(() => 201);
    await processRecords([record], impatient, changeHandlers);
    const sent = await store.db.send(new GetCommand({ TableName: store.tableName, Key: key }));
    expect(sent.Item).toMatchObject({ state: 'sent' });
    error.mockRestore();
  });

  it("bounds one email's tries in all: a try starts only if it ends within the bound", async () => {
    const error = vi.spyOn(logger, 'error');
    const start = notify.requests.length;
    const lookups = notify.lookups.length;
    notify.answerWith(() => 'never');
    const bounded: AlertingDeps = {
      ...deps,
      emails: createNotifySender({
        apiKey: () => Promise.resolve(TEST_NOTIFY_KEY),
        templates: TEMPLATES,
        baseUrl: notify.url,
        backoffMs: 50,
        timeoutMs: 300,
        boundMs: 1000,
      }),
    };
    const began = Date.now();
    const record = returnChange(
      '865',
      '2025-26-Q1',
      { status: 'submitted', version: 1, content: completeReturn() },
      {
        status: 'returned',
        version: 2,
        content: completeReturn(),
        review: {
          decision: 'return',
          comments: 'Explain the EHCP rise',
          reviewedAt: '2025-08-01T00:00:00.000Z',
          reviewedBy: { sub: 'r', role: 'dfe-reviewer' },
        },
      },
      '610',
    );
    await processRecords([record], bounded, changeHandlers);
    const took = Date.now() - began;
    notify.answerWith(() => 201);
    // 0–300 ms, then Notify asked whether it has the email (it may have taken it without
    // answering) and a second try, 350–650 ms at worst with its question; a third, with
    // its question, would end after 1,000 ms, so it is not begun.
    expect(notify.requests.length - start).toBe(2);
    expect(notify.lookups.length - lookups).toBe(1);
    expect(took).toBeLessThan(1500);
    expect(error).toHaveBeenCalledWith(
      UNDELIVERED_LOG_MESSAGE,
      expect.objectContaining({ event: 'return-returned', attempts: 2 }),
    );
    error.mockRestore();
  });

  it('asks Notify before trying again after no answer, and does not send twice what it took', async () => {
    const start = notify.requests.length;
    const lookups = notify.lookups.length;
    // Notify takes the first try's email but its answer never comes.
    notify.answerWith((_r, index) => (index === start + 1 ? 'accepted-unanswered' : 201));
    const impatient: AlertingDeps = {
      ...deps,
      emails: createNotifySender({
        apiKey: () => Promise.resolve(TEST_NOTIFY_KEY),
        templates: TEMPLATES,
        baseUrl: notify.url,
        backoffMs: 1,
        timeoutMs: 200,
      }),
    };
    const record = acceptedIn('2025-26-Q2', '620');
    await processRecords([record], impatient, changeHandlers);
    notify.answerWith(() => 201);
    expect(notify.requests.length - start).toBe(1);
    expect(notify.lookups.length - lookups).toBe(1);
    const Item = await deliveryOf('2025-26-Q2');
    expect(Item).toMatchObject({ state: 'sent', providerId: `notify-${start + 1}` });
  });

  it('with the defaults in proportion, asks and tries again after a try that got no answer', async () => {
    const start = notify.requests.length;
    const lookups = notify.lookups.length;
    notify.answerWith((_r, index) => (index === start + 1 ? 'never' : 201));
    // The production bound, timeouts and back-off, a tenth of each.
    const scaled: AlertingDeps = {
      ...deps,
      emails: createNotifySender({
        apiKey: () => Promise.resolve(TEST_NOTIFY_KEY),
        templates: TEMPLATES,
        baseUrl: notify.url,
        boundMs: EMAIL_SEND_BOUND_MS / 10,
        timeoutMs: NOTIFY_DEFAULTS.timeoutMs / 10,
        lookupTimeoutMs: NOTIFY_DEFAULTS.lookupTimeoutMs / 10,
        backoffMs: NOTIFY_DEFAULTS.backoffMs / 10,
      }),
    };
    const record = acceptedIn('2025-26-Q3', '630');
    await processRecords([record], scaled, changeHandlers);
    notify.answerWith(() => 201);
    expect(notify.requests.length - start).toBe(2);
    expect(notify.lookups.length - lookups).toBe(1);
    const Item = await deliveryOf('2025-26-Q3');
    expect(Item).toMatchObject({ state: 'sent' });
  });

  it('does not retry a refusal that cannot succeed (400)', async () => {
    const start = notify.requests.length;
    notify.answerWith(() => 400);
    await processRecords([review('accepted', 5, '500')], deps, changeHandlers);
    notify.answerWith(() => 201);
    expect(notify.requests.length - start).toBe(1);
  });
});
