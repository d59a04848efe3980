import type { AuditInput } from '../audit';
import type { Store } from '../client';
import { keys } from '../keys';
import { writeWithAudit } from '../transact';
import { versionCondition } from '../version-condition';
import type { NotificationSettingsRecord } from './settings-record';

/**
 * Writes a person's notification choice if it is still at the version read (or absent),
 * with its audit item in the same transaction, in the person's own partition.
 * Throws ConditionFailedError when another save came first.
 */
export async function putNotificationSettings(
  store: Store,
  change: {
    previousVersion: number | undefined;
    next: NotificationSettingsRecord;
    audit: Omit<AuditInput, 'laCode'>;
  },
  now: Date,
): Promise<void> {
  const { next } = change;
  await writeWithAudit(
    store,
    [
      {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.notificationSettings(next.partition, next.sub),
            type: 'notification-settings',
            ...next,
          },
          ...versionCondition(change.previousVersion),
        },
      },
    ],
    { laCode: next.partition, ...change.audit },
    now,
  );
}
