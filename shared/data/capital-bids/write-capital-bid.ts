import type { AuditInput } from '../audit';
import type { Store } from '../client';
import { capitalBidSort, collections, keys } from '../keys';
import { putVersioned } from '../put-versioned';
import type { CapitalBidRecord } from './capital-bid-record';

/**
 * Writes a bid and its audit item in one transaction, only if the bid is still at the
 * version that was read (or, for a new bid, does not exist yet): ConditionFailedError
 * otherwise, so two concurrent changes can never both land.
 */
export async function writeCapitalBid(
  store: Store,
  previousVersion: number | undefined,
  next: CapitalBidRecord,
  audit: Omit<AuditInput, 'laCode'>,
  now: Date,
): Promise<void> {
  await putVersioned(
    store,
    {
      item: {
        ...keys.capitalBid(next.laCode, next.bidId),
        gsi1pk: collections.capitalBids,
        gsi1sk: capitalBidSort(next.status, next.laCode, next.bidId),
        type: 'capital-bid',
        ...next,
      },
      previousVersion,
      laCode: next.laCode,
      audit,
    },
    now,
  );
}
