import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil } from '../support/council-builder';

type Entry = { at: string; actor: { sub: string; role: string; name?: string }; action: string };
type Page = { items: Entry[]; nextCursor: string | null };

let api: TestApi;
let viewer: string;
const LA = '741';
let clock = new Date('2024-05-01T09:00:00Z');

beforeAll(async () => {
  api = await startTestApi({ now: () => clock });
  await buildCouncil(api.store, LA, 'Audited');
  viewer = await api.tokenFor('council-viewer', LA);
  const ana = await api.identity.issueToken({
    sub: 'ana-1',
    name: 'Ana Editor',
    role: 'council-editor',
    laCode: LA,
  });
  const ben = await api.identity.issueToken({
    sub: 'ben-1',
    name: 'Ben Editor',
    role: 'council-editor',
    laCode: LA,
  });
  // Ana starts Q4 on 1 May, Ben saves it on 3 May, Ana starts Q1 on 5 May.
  const put = async (token: string, period: string, at: string, version?: number) => {
    clock = new Date(at);
    const res = await api.request('PUT', `/api/v1/councils/${LA}/returns/${period}`, {
      token,
      body: { narrative: `Saved at ${at}` },
      headers: version ? { 'If-Match': String(version) } : {},
    });
    expect(res.status).toBeLessThan(300);
  };
  await put(ana, '2023-24-Q4', '2024-05-01T10:00:00Z');
  await put(ben, '2023-24-Q4', '2024-05-03T23:59:00Z', 1);
  await put(ana, '2024-25-Q1', '2024-05-05T08:00:00Z');
});
afterAll(() => api.close());

async function audit(query: string) {
  return api.request<Page>('GET', `/api/v1/councils/${LA}/audit?${query}`, { token: viewer });
}

describe('the audit trail', () => {
  it("names the person who made each change, from their sign-in's name", async () => {
    const res = await audit('action=return.saved');
    expect(res.body.items.map((e) => e.actor)).toEqual([
      { sub: 'ben-1', role: 'council-editor', name: 'Ben Editor' },
    ]);
  });

  it('filters by who (name or sub), what and which days, on the server', async () => {
    const who = await audit(`actor=${encodeURIComponent('Ana Editor')}`);
    expect(who.body.items.map((e) => e.at)).toEqual([
      '2024-05-05T08:00:00.000Z',
      '2024-05-01T10:00:00.000Z',
    ]);
    expect((await audit('actor=ben-1')).body.items.map((e) => e.actor.name)).toEqual([
      'Ben Editor',
    ]);
    const what = await audit('action=return.created');
    expect(what.body.items).toHaveLength(2);
    // Both ends' whole days are inside the range.
    const when = await audit('from=2024-05-01&to=2024-05-03');
    expect(when.body.items.map((e) => e.at)).toEqual([
      '2024-05-03T23:59:00.000Z',
      '2024-05-01T10:00:00.000Z',
    ]);
    const all = await audit('actor=ana-1&action=return.created&from=2024-05-04');
    expect(all.body.items.map((e) => e.at)).toEqual(['2024-05-05T08:00:00.000Z']);
  });

  it('follows a filtered listing across pages, and refuses its cursor under other filters', async () => {
    // One entry a page, and no empty page after the last (test/integration/audit-pages.test.ts).
    const seen: Entry[] = [];
    let cursor: string | null = null;
    let first: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof audit>> = await audit(
        `action=return.created&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
      first ??= cursor;
    } while (cursor);
    expect(seen.map((e) => e.action)).toEqual(['return.created', 'return.created']);
    const other = await audit(`action=return.saved&limit=1&cursor=${first}`);
    expect(other.status).toBe(400);
  });

  it('refuses malformed filters with 400', async () => {
    for (const query of [
      'from=2024-13-01',
      'to=yesterday',
      'from=2024-05-04&to=2024-05-01',
      'action=DROP TABLE',
    ]) {
      expect((await audit(query)).status, query).toBe(400);
    }
  });
});
