import type { Agreement } from '../../schemas/agreement';
import { batchGetByCouncil } from '../batch-get';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';

/**
 * Several councils' agreements as they stand, as `getAgreement` reads each (strongly
 * consistent), in one BatchGetItem per 100 councils; keyed by council, none for a
 * council without one.
 */
export function getAgreements(
  store: Store,
  laCodes: readonly string[],
): Promise<Map<string, Agreement>> {
  return batchGetByCouncil(store, laCodes, keys.agreement, (item) => stripKeys<Agreement>(item));
}
