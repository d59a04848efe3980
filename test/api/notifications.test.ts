import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxSender } from '../../shared/messaging/outbox-sender';
import { startTestApi, type TestApi } from '../support/api';

type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };
type Settings = {
  email?: string;
  events: string[];
  availableEvents: string[];
  version?: number;
};
type Outbox = {
  items: { id: string; laCode: string; event: string; to: string; heading: string }[];
  nextCursor: string | null;
};

let api: TestApi;
let editor: string;
let colleague: string;
let otherCouncil: string;
let reviewer: string;
const path = '/api/v1/me/notifications';

beforeAll(async () => {
  api = await startTestApi();
  editor = await api.tokenFor('council-editor', '351', 'bury-editor');
  colleague = await api.tokenFor('council-approver', '351', 'bury-approver');
  otherCouncil = await api.tokenFor('council-editor', '865', 'bury-editor');
  reviewer = await api.tokenFor('dfe-reviewer', undefined, 'dfe-reviewer');
  const admin = await api.tokenFor('dfe-admin');
  const created = await api.request('POST', '/api/v1/councils', {
    token: admin,
    body: { laCode: '351', name: 'Bury' },
  });
  expect(created.status).toBe(201);
});

afterAll(async () => {
  await api?.close();
});

describe('GET and PUT /api/v1/me/notifications', () => {
  it('has nothing chosen before the first save, offers the hand-over for sign-off to approvers only, and DfE users only the events DfE follows', async () => {
    const mine = await api.request<Settings>('GET', path, { token: editor });
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({
      events: [],
      availableEvents: [
        'return-due',
        'return-overdue',
        'return-returned',
        'return-accepted',
        'alert-red',
        'alert-amber',
        'plan-reviewed',
      ],
    });
    const approver = await api.request<Settings>('GET', path, { token: colleague });
    expect(approver.body.availableEvents).toContain('ready-for-sign-off');
    const refused = await api.request<Problem>('PUT', path, {
      token: editor,
      body: { email: 'finance@bury.gov.uk', events: ['ready-for-sign-off'] },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      {
        path: 'events[0]',
        message: 'ready-for-sign-off is sent to sign-off officers (approvers) only',
      },
    ]);
    const dfe = await api.request<Settings>('GET', path, { token: reviewer });
    expect(dfe.body.availableEvents).toEqual(['return-overdue', 'alert-red', 'alert-amber']);
  });

  it('saves a choice, then needs If-Match to change it, and audits each save', async () => {
    const first = await api.request<Settings>('PUT', path, {
      token: editor,
      body: { email: 'finance@bury.gov.uk', events: ['alert-red', 'return-due'] },
    });
    expect(first.status).toBe(201);
    expect(first.headers.get('etag')).toBe('"1"');
    // Kept in the API's order, whatever order they were sent in.
    expect(first.body).toMatchObject({
      email: 'finance@bury.gov.uk',
      events: ['return-due', 'alert-red'],
      version: 1,
    });

    const without = await api.request<Problem>('PUT', path, {
      token: editor,
      body: { email: 'finance@bury.gov.uk', events: [] },
    });
    expect(without.status).toBe(428);
    const stale = await api.request<Problem>('PUT', path, {
      token: editor,
      headers: { 'If-Match': '"7"' },
      body: { email: 'finance@bury.gov.uk', events: [] },
    });
    expect(stale.status).toBe(412);
    const second = await api.request<Settings>('PUT', path, {
      token: editor,
      headers: { 'If-Match': '"1"' },
      body: { email: 'sv-team@bury.gov.uk', events: ['return-returned'] },
    });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      email: 'sv-team@bury.gov.uk',
      events: ['return-returned'],
      version: 2,
    });
    const read = await api.request<Settings>('GET', path, { token: editor });
    expect(read.body).toMatchObject({ email: 'sv-team@bury.gov.uk', version: 2 });
    expect(read.headers.get('etag')).toBe('"2"');

    const admin = await api.tokenFor('dfe-admin');
    const audit = await api.request<{
      items: { action: string; actor: { sub: string }; after: unknown }[];
    }>('GET', '/api/v1/councils/351/audit', { token: admin });
    expect(audit.status).toBe(200);
    const saves = audit.body.items.filter((i) => i.action.startsWith('notifications.'));
    expect(saves.map((s) => [s.action, s.actor.sub])).toEqual([
      ['notifications.saved', 'bury-editor'],
      ['notifications.created', 'bury-editor'],
    ]);
    // The trail says the address changed, never what it is.
    expect(JSON.stringify(saves)).not.toContain('bury.gov.uk');
    expect(saves[0]!.after).toMatchObject({ events: ['return-returned'], email: 'changed' });
  });

  it('keeps each person to their own choice', async () => {
    const mine = await api.request<Settings>('GET', path, { token: colleague });
    expect(mine.body.events).toEqual([]);
    expect(mine.body.email).toBeUndefined();
    // The same sub at another council is another person.
    const elsewhere = await api.request<Settings>('GET', path, { token: otherCouncil });
    expect(elsewhere.body.events).toEqual([]);
  });

  it.each([
    [{ email: 'not-an-address', events: ['alert-red'] }, 'email'],
    [{ events: ['alert-red'] }, 'email'],
    [{ email: 'a@b.gov.uk', events: ['tranche-paid'] }, 'events[0]'],
    [{ email: 'a@b.gov.uk', events: ['alert-red', 'alert-red'] }, 'events'],
    [{ email: 'a@b.gov.uk', events: ['alert-red'], laCode: '865' }, 'laCode'],
  ])('refuses %j naming %s, and writes nothing', async (body, field) => {
    const res = await api.request<Problem>('PUT', path, { token: colleague, body });
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => e.path).join(' ')).toContain(field);
    const read = await api.request<Settings>('GET', path, { token: colleague });
    expect(read.body.version).toBeUndefined();
  });

  it('refuses DfE users the events DfE does not follow', async () => {
    const res = await api.request<Problem>('PUT', path, {
      token: reviewer,
      body: { email: 'r@education.gov.uk', events: ['alert-red', 'return-due'] },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { path: 'events[1]', message: 'return-due is not sent to DfE users' },
    ]);
    const ok = await api.request<Settings>('PUT', path, {
      token: reviewer,
      body: { email: 'r@education.gov.uk', events: ['alert-red'] },
    });
    expect(ok.status).toBe(201);
  });

  it('needs a token', async () => {
    expect((await api.request('GET', path)).status).toBe(401);
    expect((await api.request('PUT', path, { body: { events: [] } })).status).toBe(401);
  });
});

describe('GET /api/v1/dev/outbox', () => {
  it('lists the emails kept, newest first, in pages', async () => {
    const outbox = createOutboxSender(api.store, () => new Date());
    for (const [i, laCode] of ['351', '865', '351'].entries()) {
      await outbox.send({
        event: 'return-due',
        laCode,
        emailAddress: `person${i}@example.gov.uk`,
        personalisation: { council: laCode },
        heading: `Reminder ${i}`,
        body: 'Due soon',
        reference: `ref-${i}`,
      });
      await new Promise((r) => setTimeout(r, 5));
    }
    const page = await api.request<Outbox>('GET', '/api/v1/dev/outbox?limit=2');
    expect(page.status).toBe(200);
    expect(page.body.items.map((m) => m.heading)).toEqual(['Reminder 2', 'Reminder 1']);
    expect(page.body.items[0]).toMatchObject({
      to: 'person2@example.gov.uk',
      laCode: '351',
      event: 'return-due',
    });
    const rest = await api.request<Outbox>(
      'GET',
      `/api/v1/dev/outbox?limit=2&cursor=${page.body.nextCursor}`,
    );
    expect(rest.body.items.map((m) => m.heading)).toEqual(['Reminder 0']);
    expect((await api.request('GET', '/api/v1/dev/outbox?cursor=bogus')).status).toBe(400);
  });

  it('does not exist outside local auth mode', async () => {
    const cloud = await startTestApi({ devIdentity: undefined });
    try {
      const res = await cloud.request('GET', '/api/v1/dev/outbox');
      expect(res.status).toBe(404);
    } finally {
      await cloud.close();
    }
  });
});
