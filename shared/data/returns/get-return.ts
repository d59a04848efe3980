import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';
import type { ReturnRecord } from './return-record';

export async function getReturn(
  store: Store,
  laCode: string,
  period: string,
): Promise<ReturnRecord | undefined> {
  const out = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.return(laCode, period),
      ConsistentRead: true,
    }),
  );
  return out.Item ? stripKeys<ReturnRecord>(out.Item) : undefined;
}
