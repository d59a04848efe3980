import type { AuditInput } from './audit';
import type { Store } from './client';
import { writeWithAudit } from './transact';
import { versionCondition } from './version-condition';

/**
 * Puts one whole item on condition that it is still at the version that was read (or
 * absent), with its audit item in the same transaction, in the partition of `laCode`.
 * Throws ConditionFailedError when another write came first.
 */
export async function putVersioned(
  store: Store,
  write: {
    item: Record<string, unknown>;
    previousVersion: number | undefined;
    laCode: string;
    audit: Omit<AuditInput, 'laCode'>;
  },
  now: Date,
): Promise<void> {
  await writeWithAudit(
    store,
    [
      {
        Put: {
          TableName: store.tableName,
          Item: write.item,
          ...versionCondition(write.previousVersion),
        },
      },
    ],
    { laCode: write.laCode, ...write.audit },
    now,
  );
}
