import type { Store } from '../client';
import { keys, PUBLISHED_PK } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';
import type { ComparatorRecord } from './comparator-record';

/**
 * Published comparators in one partition query: every measure's, or one measure's
 * between two months (both included).
 */
export async function listComparators(
  store: Store,
  filter: { measureKey?: string; from?: string; to?: string } = {},
): Promise<ComparatorRecord[]> {
  const prefix = keys.comparatorPrefix(filter.measureKey);
  const ranged = filter.measureKey !== undefined;
  const items = await queryAll(store, {
    KeyConditionExpression: ranged
      ? 'pk = :pk AND sk BETWEEN :from AND :to'
      : 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: ranged
      ? {
          ':pk': PUBLISHED_PK,
          ':from': `${prefix}${filter.from ?? ''}`,
          ':to': `${prefix}${filter.to ?? ''}~`,
        }
      : { ':pk': PUBLISHED_PK, ':prefix': prefix },
  });
  return items.map((item) => stripKeys<ComparatorRecord>(item));
}
