import { ulid } from 'ulidx';
import type { AuditEntry } from '../audit';
import type { Store } from '../client';
import { keys } from '../keys';
import { writeWithAudit } from '../transact';
import { versionCondition } from '../version-condition';
import type { ComparatorRecord } from './comparator-record';

/**
 * Writes a measure's comparators for a month, on condition that they are still at the
 * version that was read (or absent). Published data belong to no council, so the audit
 * item goes to the published partition's own trail, in the same transaction.
 */
export async function putComparator(
  store: Store,
  change: {
    previousVersion: number | undefined;
    next: ComparatorRecord;
    audit: Omit<AuditEntry, 'at'>;
  },
  now: Date,
): Promise<void> {
  const { next } = change;
  const at = now.toISOString();
  await writeWithAudit(
    store,
    [
      {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.comparator(next.key, next.month), type: 'comparator', ...next },
          ...versionCondition(change.previousVersion),
        },
      },
      {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.publishedAudit(at, ulid()), type: 'audit', ...change.audit, at },
        },
      },
    ],
    [],
    now,
  );
}
