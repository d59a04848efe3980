import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';
import type { ComparatorRecord } from './comparator-record';

export async function getComparator(
  store: Store,
  measureKey: string,
  month: string,
): Promise<ComparatorRecord | undefined> {
  const out = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.comparator(measureKey, month),
      ConsistentRead: true,
    }),
  );
  return out.Item ? stripKeys<ComparatorRecord>(out.Item) : undefined;
}
