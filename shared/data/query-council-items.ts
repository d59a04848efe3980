import type { Store } from './client';
import { councilPk } from './keys';
import { queryAll } from './query-all';

/**
 * Every item of a council whose sort key begins with `prefix`, following DynamoDB's
 * pages; projected to `fields` when given (dotted paths into maps, each part named, so
 * no reserved word can break it).
 */
export function queryCouncilItems(
  store: Store,
  laCode: string,
  prefix: string,
  { fields, consistentRead = false }: { fields?: readonly string[]; consistentRead?: boolean } = {},
): Promise<Record<string, unknown>[]> {
  const named = (path: string) =>
    path
      .split('.')
      .map((part) => `#${part}`)
      .join('.');
  return queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': councilPk(laCode), ':prefix': prefix },
    ...(fields
      ? {
          ProjectionExpression: fields.map(named).join(', '),
          ExpressionAttributeNames: Object.fromEntries(
            fields.flatMap((path) => path.split('.')).map((part) => [`#${part}`, part]),
          ),
        }
      : {}),
    ...(consistentRead ? { ConsistentRead: true } : {}),
  });
}
