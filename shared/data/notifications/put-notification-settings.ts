import type { AuditInput } from '../audit';
import type { Store } from '../client';
import { keys } from '../keys';
import { putVersioned } from '../put-versioned';
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
  await putVersioned(
    store,
    {
      item: {
        ...keys.notificationSettings(next.partition, next.sub),
        type: 'notification-settings',
        ...next,
      },
      previousVersion: change.previousVersion,
      laCode: next.partition,
      audit: change.audit,
    },
    now,
  );
}
