import type { Store } from './client';
import { queryAll } from './query-all';
import { stripKeys } from './strip-keys';
import { GSI } from './table';

/** Every item of a cross-council collection on `gsi1`: one query, pages aside, never a scan. */
export async function queryCollection<T>(
  store: Store,
  collection: string,
  /** Only these attributes (dotted paths allowed), to read no more than a view needs. */
  attributes?: readonly string[],
): Promise<T[]> {
  const names = Object.fromEntries(
    (attributes ?? []).flatMap((path) => path.split('.')).map((part) => [`#${part}`, part]),
  );
  const items = await queryAll(store, {
    IndexName: GSI.byCollection.indexName,
    KeyConditionExpression: 'gsi1pk = :c',
    ExpressionAttributeValues: { ':c': collection },
    ...(attributes
      ? {
          ProjectionExpression: attributes
            .map((path) =>
              path
                .split('.')
                .map((part) => `#${part}`)
                .join('.'),
            )
            .join(', '),
          ExpressionAttributeNames: names,
        }
      : {}),
  });
  return items.map((item) => stripKeys<T>(item));
}
