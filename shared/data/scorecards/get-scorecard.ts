import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';
import type { ScorecardRecord } from './scorecard-record';

export async function getScorecard(
  store: Store,
  laCode: string,
): Promise<ScorecardRecord | undefined> {
  const out = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.scorecard(laCode),
      ConsistentRead: true,
    }),
  );
  return out.Item ? stripKeys<ScorecardRecord>(out.Item) : undefined;
}
