import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';
import type { CapitalBidRecord } from './capital-bid-record';

export async function getCapitalBid(
  store: Store,
  laCode: string,
  bidId: string,
): Promise<CapitalBidRecord | undefined> {
  const out = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: keys.capitalBid(laCode, bidId),
      ConsistentRead: true,
    }),
  );
  return out.Item ? stripKeys<CapitalBidRecord>(out.Item) : undefined;
}
