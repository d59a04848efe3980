import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { keys } from '../keys';
import { toCouncil } from './to-council';
import type { Council } from '../../schemas/council';

export async function getCouncil(store: Store, laCode: string): Promise<Council | undefined> {
  const out = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: keys.council(laCode) }),
  );
  return out.Item ? toCouncil(out.Item) : undefined;
}
