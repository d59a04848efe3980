import type { Council } from '../../schemas/council';
import { batchGetByCouncil } from '../batch-get';
import type { Store } from '../client';
import { keys } from '../keys';
import { toCouncil } from './to-council';

/** Several councils, in one BatchGetItem per 100; keyed by council, none for one unknown. */
export function getCouncils(
  store: Store,
  laCodes: readonly string[],
): Promise<Map<string, Council>> {
  return batchGetByCouncil(store, laCodes, keys.council, toCouncil);
}
