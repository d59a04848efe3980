import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';
import type { CapitalBidRecord } from './capital-bid-record';

/** The council's capital bids, in bid id order (a council makes a handful). */
export async function listCapitalBids(store: Store, laCode: string): Promise<CapitalBidRecord[]> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': councilPk(laCode), ':prefix': keys.capitalBidPrefix },
  });
  return items.map((item) => stripKeys<CapitalBidRecord>(item));
}
