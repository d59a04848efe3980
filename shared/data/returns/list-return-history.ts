import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';
import type { ReturnHistoryEntry } from './return-record';

/** Every saved version and status change of a return, newest first. */
export async function listReturnHistory(
  store: Store,
  laCode: string,
  period: string,
): Promise<ReturnHistoryEntry[]> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': councilPk(laCode),
      ':prefix': keys.returnHistoryPrefix(period),
    },
    ScanIndexForward: false,
  });
  return items.map((item) => stripKeys<ReturnHistoryEntry>(item));
}
