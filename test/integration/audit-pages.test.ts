import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_READING, listAudit, type AuditEntry } from '../../shared/data/audit';
import { keys } from '../../shared/data/keys';
import { startTestApi, type TestApi } from '../support/api';
import { buildCouncil } from '../support/council-builder';
import { countCalls } from '../support/count-calls';

/**
 * A filtered audit trail over a long partition: who and what filter the items each query
 * reads, so a page must keep reading to come back full, within a bounded number of reads,
 * and resume exactly where it stopped.
 */
let api: TestApi;
let viewer: string;
const LA = '743';
const COUNT = 1200;
/** `return.submitted` every 37th change; `return.saved` all the others. */
const SUBMITTED = (i: number) => i % 37 === 0;
/** Cleo made two changes, 1,185 apart: more than one request's reading between them. */
const BY_CLEO = new Set([5, 1190]);

const atOf = (i: number) =>
  new Date(Date.parse('2019-04-01T09:00:00Z') + i * 3_600_000).toISOString();

beforeAll(async () => {
  api = await startTestApi();
  await buildCouncil(api.store, LA, 'Long-audited');
  viewer = await api.tokenFor('council-viewer', LA);
  const items = Array.from({ length: COUNT }, (_, i) => ({
    ...keys.audit(LA, atOf(i), String(i).padStart(8, '0')),
    type: 'audit',
    laCode: LA,
    at: atOf(i),
    actor: BY_CLEO.has(i)
      ? { sub: 'cleo-1', role: 'council-editor', name: 'Cleo Editor' }
      : { sub: 'ben-1', role: 'council-editor', name: 'Ben Editor' },
    action: SUBMITTED(i) ? 'return.submitted' : 'return.saved',
    entity: `return ${i}`,
  }));
  for (let i = 0; i < items.length; i += 25) {
    await api.store.db.send(
      new BatchWriteCommand({
        RequestItems: {
          [api.store.tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
        },
      }),
    );
  }
}, 60_000);
afterAll(() => api.close());

type Page = { items: AuditEntry[]; nextCursor: string | null };

async function walk(query: string): Promise<Page[]> {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; body: Page } = await api.request<Page>(
      'GET',
      `/api/v1/councils/${LA}/audit?${query}${cursor ? `&cursor=${cursor}` : ''}`,
      { token: viewer },
    );
    expect(res.status).toBe(200);
    pages.push(res.body);
    cursor = res.body.nextCursor;
  } while (cursor && pages.length < 500);
  return pages;
}

/** The matching changes' times, newest first, as the trail lists them. */
function expected(matches: (i: number) => boolean): string[] {
  return Array.from({ length: COUNT }, (_, i) => COUNT - 1 - i)
    .filter(matches)
    .map(atOf);
}

describe('a filtered audit trail', () => {
  it('comes back in full pages, with 36 non-matching changes between matching ones', async () => {
    const pages = await walk('action=return.submitted&limit=5');
    const want = expected(SUBMITTED);
    expect(want).toHaveLength(33);
    // 33 entries: six full pages and one of three; the last says there is no next.
    expect(pages.map((p) => p.items.length)).toEqual([5, 5, 5, 5, 5, 5, 3]);
    expect(pages.flatMap((p) => p.items.map((e) => e.at))).toEqual(want);
    expect(pages.at(-1)?.nextCursor).toBeNull();
    for (const page of pages)
      expect(page.items.every((e) => e.action === 'return.submitted')).toBe(true);
  });

  it('offers no next page when the last page is exactly full', async () => {
    const pages = await walk('action=return.submitted&limit=11');
    expect(pages.map((p) => p.items.length)).toEqual([11, 11, 11]);
    expect(pages.flatMap((p) => p.items.map((e) => e.at))).toEqual(expected(SUBMITTED));
    expect(pages.at(-1)?.nextCursor).toBeNull();
  });

  it('has no gaps or repeats whatever the page size, filtered by who', async () => {
    const notCleo = (i: number) => !BY_CLEO.has(i);
    for (const limit of [7, 200]) {
      const pages = await walk(`actor=${encodeURIComponent('Ben Editor')}&limit=${limit}`);
      const ats = pages.flatMap((p) => p.items.map((e) => e.at));
      expect(ats).toEqual(expected(notCleo));
      expect(pages.slice(0, -1).every((p) => p.items.length === limit)).toBe(true);
    }
  });

  it('reads at most a bounded number of queries per request, and resumes where it stopped', async () => {
    const counter = countCalls(api.store.db);
    try {
      // From the newest change, Cleo's next is 1,185 changes back: beyond one request.
      const first = await listAudit(api.store, LA, { limit: 5, actor: 'Cleo Editor' });
      expect(counter.calls.filter((c) => c === 'QueryCommand')).toHaveLength(
        AUDIT_READING.maxReads,
      );
      expect(first.items.map((e) => e.at)).toEqual([atOf(1190)]);
      expect(first.nextCursor).not.toBeNull();
      counter.reset();
      const second = await listAudit(api.store, LA, {
        limit: 5,
        actor: 'Cleo Editor',
        cursor: first.nextCursor ?? undefined,
      });
      expect(counter.calls.length).toBeLessThanOrEqual(AUDIT_READING.maxReads);
      expect(second).toEqual({
        items: [expect.objectContaining({ at: atOf(5) })],
        nextCursor: null,
      });
    } finally {
      counter.stop();
    }
  });

  it('walks a small reading to the same entries, a short page at a time', async () => {
    const reading = { maxReads: 2, readSize: 20 };
    const seen: string[] = [];
    let cursor: string | undefined;
    let requests = 0;
    do {
      const counter = countCalls(api.store.db);
      const page = await listAudit(
        api.store,
        LA,
        { limit: 3, action: 'return.submitted', cursor },
        reading,
      );
      counter.stop();
      expect(counter.calls.length).toBeLessThanOrEqual(reading.maxReads);
      seen.push(...page.items.map((e) => e.at));
      cursor = page.nextCursor ?? undefined;
      requests += 1;
    } while (cursor && requests < 200);
    expect(seen).toEqual(expected(SUBMITTED));
  });

  it('reads one query of limit + 1 for an unfiltered page', async () => {
    const counter = countCalls(api.store.db);
    try {
      const page = await listAudit(api.store, LA, { limit: 50 });
      expect(counter.calls).toEqual(['QueryCommand']);
      expect(page.items).toHaveLength(50);
      const next = await listAudit(api.store, LA, { limit: 50, cursor: page.nextCursor ?? '' });
      const both = await listAudit(api.store, LA, { limit: 100 });
      expect([...page.items, ...next.items]).toEqual(both.items);
    } finally {
      counter.stop();
    }
  });
});
