import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';
import type { ReformPlanRecord } from './reform-plan-record';

export async function getReformPlan(
  store: Store,
  laCode: string,
): Promise<ReformPlanRecord | undefined> {
  const out = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.reformPlan(laCode),
      ConsistentRead: true,
    }),
  );
  return out.Item ? stripKeys<ReformPlanRecord>(out.Item) : undefined;
}
