import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';
import type { AlertRecord } from './alert-record';

export async function getAlert(
  store: Store,
  laCode: string,
  id: string,
): Promise<AlertRecord | undefined> {
  const out = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.alert(laCode, id),
      ConsistentRead: true,
    }),
  );
  return out.Item ? stripKeys<AlertRecord>(out.Item) : undefined;
}
