import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';
import type { ScorecardMonthRecord } from './scorecard-record';

/**
 * The council's months of figures, oldest first, between two months when given (both
 * included), and only the latest `latest` of them when given.
 */
export async function listScorecardMonths(
  store: Store,
  laCode: string,
  range: { from?: string; to?: string; latest?: number } = {},
): Promise<ScorecardMonthRecord[]> {
  const prefix = keys.scorecardMonthPrefix;
  // `~` sorts after every month, so `to` itself is included.
  const query = {
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':pk': councilPk(laCode),
      ':from': `${prefix}${range.from ?? ''}`,
      ':to': `${prefix}${range.to ?? ''}~`,
    },
    ConsistentRead: true,
  };
  if (range.latest === undefined) {
    const items = await queryAll(store, query);
    return items.map((item) => stripKeys<ScorecardMonthRecord>(item));
  }
  // The latest months only: one page, newest first, however many years are kept.
  const out = await store.db.send(
    new QueryCommand({
      ...query,
      TableName: store.tableName,
      ScanIndexForward: false,
      Limit: range.latest,
    }),
  );
  return (out.Items ?? []).map((item) => stripKeys<ScorecardMonthRecord>(item)).reverse();
}
