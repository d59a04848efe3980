import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';
import type { ReformPlanTemplateRecord } from './reform-plan-record';

/** The reform plan template as DfE last published it, or undefined before the first. */
export async function getReformPlanTemplate(
  store: Store,
): Promise<ReformPlanTemplateRecord | undefined> {
  const out = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.reformPlanTemplate(),
      ConsistentRead: true,
    }),
  );
  return out.Item ? stripKeys<ReformPlanTemplateRecord>(out.Item) : undefined;
}
