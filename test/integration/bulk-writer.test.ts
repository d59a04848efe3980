import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../shared/data/client';
import { bulkWriter } from '../support/bulk-writer';
import { buildComparators, buildCouncilHistory } from '../support/history-builder';
import { createTestStore } from '../support/test-store';

/** Every item of a table, with what differs from one write to the next left out. */
async function contents(store: Store) {
  const out = await store.db.send(new ScanCommand({ TableName: store.tableName }));
  const volatile = new Set(['createdAt', 'updatedAt', 'at', 'keptSince', 'agreementSummarySince']);
  return (out.Items ?? [])
    .map((item) => {
      const copy = Object.fromEntries(Object.entries(item).filter(([k]) => !volatile.has(k)));
      // An audit item's key holds the time of writing and a fresh id.
      if (String(copy.sk).startsWith('AUDIT#')) copy.sk = 'AUDIT#';
      return JSON.stringify(copy, Object.keys(copy).sort());
    })
    .sort();
}

/** The benchmarks' volume fixtures are loaded in bulk: the table must be the one the writes make. */
describe('bulkWriter', () => {
  it('leaves the very items that writing them one transaction at a time leaves', async () => {
    const direct = await createTestStore();
    const bulkTarget = await createTestStore();
    const bulk = bulkWriter(bulkTarget);
    const history = { periods: 3, monthCount: 2, auditItems: 30 };
    await buildComparators(direct, 2);
    await buildCouncilHistory(direct, '601', history);
    await buildComparators(bulk.store, 2);
    await buildCouncilHistory(bulk.store, '601', history);
    await bulk.flush();
    const expected = await contents(direct);
    expect(expected.length).toBeGreaterThan(40);
    expect(await contents(bulkTarget)).toEqual(expected);
  });

  it('refuses a read, since nothing it kept is written yet', async () => {
    const bulk = bulkWriter(await createTestStore());
    await expect(
      bulk.store.db.send(new ScanCommand({ TableName: bulk.store.tableName })),
    ).rejects.toThrow(/only keeps writes/);
  });
});
