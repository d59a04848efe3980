import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';
import type { ScorecardMonthRecord } from './scorecard-record';

export async function getScorecardMonth(
  store: Store,
  laCode: string,
  month: string,
): Promise<ScorecardMonthRecord | undefined> {
  const out = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.scorecardMonth(laCode, month),
      ConsistentRead: true,
    }),
  );
  return out.Item ? stripKeys<ScorecardMonthRecord>(out.Item) : undefined;
}
