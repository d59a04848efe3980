import type { Council } from '../../schemas/council';
import { batchGet, itemId } from '../batch-get';
import type { Store } from '../client';
import { keys } from '../keys';
import { toCouncil } from './to-council';

/** Several councils, in one BatchGetItem per 100; keyed by council, none for one unknown. */
export async function getCouncils(
  store: Store,
  laCodes: readonly string[],
): Promise<Map<string, Council>> {
  const found = await batchGet(store, laCodes.map(keys.council));
  const councils = new Map<string, Council>();
  for (const laCode of laCodes) {
    const item = found.get(itemId(keys.council(laCode)));
    if (item) councils.set(laCode, toCouncil(item));
  }
  return councils;
}
