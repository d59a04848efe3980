import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client';
import { auditItem, type AuditInput } from './audit';
import { ConditionFailedError } from './errors';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * Writes a change and the audit items that record it in one transaction: either
 * both land or neither does. A failed condition (duplicate, stale version) becomes
 * a ConditionFailedError naming the item that failed.
 */
export async function writeWithAudit(
  store: Store,
  items: TransactItem[],
  audit: AuditInput | AuditInput[],
  now: Date,
): Promise<void> {
  const audits = (Array.isArray(audit) ? audit : [audit]).map((a) => ({
    Put: { TableName: store.tableName, Item: auditItem(a, now) },
  }));
  await writeTransaction(store, [...items, ...audits]);
}

/**
 * Writes these items in one transaction, with no audit item: only for writes that change
 * no council's data (a backfill of the copies the pages read). Conditions fail as in
 * writeWithAudit.
 */
export async function writeTransaction(store: Store, items: TransactItem[]): Promise<void> {
  try {
    await store.db.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      // A concurrent transaction on the same item is, to the caller, the same as a
      // stale version: someone else's write won.
      const index = reasons.findIndex(
        (r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict',
      );
      if (index >= 0) throw new ConditionFailedError('A condition of the write failed.', index);
    }
    throw error;
  }
}
