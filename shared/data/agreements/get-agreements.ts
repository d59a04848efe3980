import type { Agreement } from '../../schemas/agreement';
import { batchGet, itemId } from '../batch-get';
import type { Store } from '../client';
import { keys } from '../keys';
import { stripKeys } from '../strip-keys';

/**
 * Several councils' agreements as they stand, as `getAgreement` reads each (strongly
 * consistent), in one BatchGetItem per 100 councils; keyed by council, none for a
 * council without one.
 */
export async function getAgreements(
  store: Store,
  laCodes: readonly string[],
): Promise<Map<string, Agreement>> {
  const found = await batchGet(store, laCodes.map(keys.agreement));
  const agreements = new Map<string, Agreement>();
  for (const laCode of laCodes) {
    const item = found.get(itemId(keys.agreement(laCode)));
    if (item) agreements.set(laCode, stripKeys<Agreement>(item));
  }
  return agreements;
}
