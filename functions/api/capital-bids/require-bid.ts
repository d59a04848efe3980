import type { Store } from '../../../shared/data/client';
import type { CapitalBidRecord } from '../../../shared/data/capital-bids/capital-bid-record';
import { getCapitalBid } from '../../../shared/data/capital-bids/get-capital-bid';
import { getCouncil } from '../../../shared/data/councils/get-council';
import { NotFoundError } from '../../../shared/domain';

/** The council must exist before anything of its capital can be read or written. */
export async function requireCapitalCouncil(store: Store, laCode: string): Promise<void> {
  if (!(await getCouncil(store, laCode))) throw new NotFoundError('The council');
}

/** The council's bid; 404 when the council or the bid does not exist. */
export async function requireBid(
  store: Store,
  laCode: string,
  bidId: string,
): Promise<CapitalBidRecord> {
  const [bid] = await Promise.all([
    getCapitalBid(store, laCode, bidId),
    requireCapitalCouncil(store, laCode),
  ]);
  if (!bid) throw new NotFoundError(`Capital bid ${bidId}`);
  return bid;
}
