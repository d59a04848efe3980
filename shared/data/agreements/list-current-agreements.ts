import type { Agreement } from '../../schemas/agreement';
import type { Store } from '../client';
import { collections } from '../keys';
import { queryCollection } from '../query-collection';

/** The current agreement of every council, from the collection index. */
export function listCurrentAgreements(store: Store): Promise<Agreement[]> {
  return queryCollection<Agreement>(store, collections.agreements);
}
