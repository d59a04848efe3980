import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';
import type { NotificationSettingsRecord } from './settings-record';

/** One person's choice of notifications, or undefined before their first save. */
export async function getNotificationSettings(
  store: Store,
  partition: string,
  sub: string,
): Promise<NotificationSettingsRecord | undefined> {
  const out = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.notificationSettings(partition, sub),
      ConsistentRead: true,
    }),
  );
  return out.Item ? stripKeys<NotificationSettingsRecord>(out.Item) : undefined;
}
