import type { BidStatus } from '../../domain';
import type { Store } from '../client';
import { collections } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';
import { GSI } from '../table';
import type { CapitalBidRecord } from './capital-bid-record';

/**
 * Every council's capital bids, or those of one status: one query on the collection
 * index (pages aside), whatever the number of councils.
 */
export async function listAllCapitalBids(
  store: Store,
  status?: BidStatus,
): Promise<CapitalBidRecord[]> {
  const items = await queryAll(store, {
    IndexName: GSI.byCollection.indexName,
    KeyConditionExpression: status ? 'gsi1pk = :c AND begins_with(gsi1sk, :status)' : 'gsi1pk = :c',
    ExpressionAttributeValues: {
      ':c': collections.capitalBids,
      ...(status ? { ':status': `${status}#` } : {}),
    },
  });
  return items.map((item) => stripKeys<CapitalBidRecord>(item));
}
