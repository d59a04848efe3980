import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { decodeCursor, encodeCursor, type CursorBinding, type Page } from '../cursor';
import { collections, councilPk, keys } from '../keys';
import { GSI } from '../table';
import { toCouncil } from './to-council';
import type { Council } from '../../schemas/council';

/** Every council, in LA code order, from the collection index: one query per page, never a scan. */
export async function listCouncils(
  store: Store,
  { limit, cursor }: { limit: number; cursor?: string },
): Promise<Page<Council>> {
  const binding: CursorBinding = {
    scope: 'councils',
    index: 'gsi1',
    range: {
      gsi1pk: { equals: collections.councils },
      pk: { prefix: councilPk('') },
      sk: { equals: keys.council('').sk },
    },
  };
  const out = await store.db.send(
    new QueryCommand({
      TableName: store.tableName,
      IndexName: GSI.byCollection.indexName,
      KeyConditionExpression: 'gsi1pk = :c',
      ExpressionAttributeValues: { ':c': collections.councils },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, binding),
    }),
  );
  return {
    items: (out.Items ?? []).map(toCouncil),
    nextCursor: encodeCursor(out.LastEvaluatedKey, binding),
  };
}
