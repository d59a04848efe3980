import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AlertKey } from '../../domain';
import type { Store } from '../client';
import { keys } from '../keys';
import type { AlertRecord } from './alert-record';
import { getAlert } from './get-alert';

/** The council's open (or acknowledged) alert for a rule's key, through the key's slot. */
export async function findOpenAlert(
  store: Store,
  laCode: string,
  key: AlertKey,
): Promise<AlertRecord | undefined> {
  const slot = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.alertSlot(laCode, key.rule, key.subject, key.financialYear),
      ConsistentRead: true,
    }),
  );
  const openId = slot.Item?.alertId as string | undefined;
  return openId ? getAlert(store, laCode, openId) : undefined;
}
