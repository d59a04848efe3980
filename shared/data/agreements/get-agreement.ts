import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Agreement } from '../../schemas/agreement';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';

/** The council's agreement as it stands (its newest version), if it has one. */
export async function getAgreement(store: Store, laCode: string): Promise<Agreement | undefined> {
  const out = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.agreement(laCode),
      ConsistentRead: true,
    }),
  );
  return out.Item ? stripKeys<Agreement>(out.Item) : undefined;
}
