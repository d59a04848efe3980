import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';
import type { ScorecardMonthRecord } from './scorecard-record';

/** The council's months of figures, oldest first, between two months when given (both included). */
export async function listScorecardMonths(
  store: Store,
  laCode: string,
  range: { from?: string; to?: string } = {},
): Promise<ScorecardMonthRecord[]> {
  const prefix = keys.scorecardMonthPrefix;
  // `~` sorts after every month, so `to` itself is included.
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':pk': councilPk(laCode),
      ':from': `${prefix}${range.from ?? ''}`,
      ':to': `${prefix}${range.to ?? ''}~`,
    },
    ConsistentRead: true,
  });
  return items.map((item) => stripKeys<ScorecardMonthRecord>(item));
}
