import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulidx';
import type { OutboxMessage } from '../../schemas/notifications';
import type { Store } from '../client';
import { decodeCursor, encodeCursor, type CursorBinding, type Page } from '../cursor';
import { collections, keys } from '../keys';
import { stripKeys } from '../strip-keys';
import { GSI } from '../table';

/** Keeps a message in the local runner's outbox, under the council it is about. */
export async function putOutboxMessage(
  store: Store,
  message: Omit<OutboxMessage, 'id' | 'at'>,
  now: Date,
): Promise<OutboxMessage> {
  const at = now.toISOString();
  const id = ulid(now.getTime());
  const kept: OutboxMessage = { id, at, ...message };
  await store.db.send(
    new PutCommand({
      TableName: store.tableName,
      Item: {
        ...keys.outboxMessage(message.laCode, at, id),
        type: 'outbox-message',
        gsi1pk: collections.outbox,
        gsi1sk: `${at}#${id}`,
        ...kept,
      },
    }),
  );
  return kept;
}

/** The outbox across councils, newest first: one index query a page. */
export async function listOutbox(
  store: Store,
  { limit, cursor }: { limit: number; cursor?: string },
): Promise<Page<OutboxMessage>> {
  const binding: CursorBinding = {
    scope: 'outbox',
    index: 'gsi1',
    range: { gsi1pk: { equals: collections.outbox } },
  };
  const out = await store.db.send(
    new QueryCommand({
      TableName: store.tableName,
      IndexName: GSI.byCollection.indexName,
      KeyConditionExpression: 'gsi1pk = :c',
      ExpressionAttributeValues: { ':c': collections.outbox },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, binding),
    }),
  );
  return {
    items: (out.Items ?? []).map((item) => stripKeys<OutboxMessage>(item)),
    nextCursor: encodeCursor(out.LastEvaluatedKey, binding),
  };
}
