import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../client';
import { ConditionFailedError } from '../errors';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import { retryOnConflict } from '../retry-on-conflict';
import { stripKeys } from '../strip-keys';
import { backfilledFiguresItem } from './return-figures';
import type { ReturnRecord } from './return-record';

/** Tries before giving up on a council whose returns keep changing under the backfill. */
const MOST_TRIES = 5;

/**
 * Builds the figures item of a council made before figures were kept (it has none, or one
 * a later return change started, without `keptSince`) from its submitted returns, so a
 * comparison reads it instead of the returns. 'kept' when the item was complete already.
 *
 * A return change updates the item in its own transaction and counts itself in the item's
 * `changes`. The item is read first, then the returns (both strongly consistent), and the
 * whole item is put only if it is still as read: absent, or at the same count (none, when
 * a change written before changes were counted started it). A change that lands between
 * the reads and the put fails the condition, and the council is read again; one after the
 * put updates the complete item as usual. `attribute_not_exists(keptSince)` leaves an
 * item that became complete meanwhile (another run of the backfill) alone.
 *
 * No audit item: this changes no council's data, only the copy of its returns' figures
 * that comparisons read, and the returns' own changes are audited.
 */
export async function backfillReturnFigures(
  store: Store,
  laCode: string,
  now: Date,
): Promise<'kept' | 'written'> {
  return retryOnConflict(async () => {
    const { Item: item } = await store.db.send(
      new GetCommand({
        TableName: store.tableName,
        Key: keys.returnFigures(laCode),
        ConsistentRead: true,
      }),
    );
    if (typeof item?.keptSince === 'string') return 'kept';
    const changes = typeof item?.changes === 'number' ? item.changes : undefined;
    const returns = await queryAll(store, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': councilPk(laCode), ':prefix': keys.returnPrefix },
      ConsistentRead: true,
    });
    const stillAsRead = !item
      ? 'attribute_not_exists(pk)'
      : changes === undefined
        ? 'attribute_not_exists(changes)'
        : 'changes = :changes';
    try {
      await store.db.send(
        new PutCommand({
          TableName: store.tableName,
          Item: backfilledFiguresItem(
            laCode,
            returns.map((r) => stripKeys<ReturnRecord>(r)),
            changes,
            now.toISOString(),
          ),
          ConditionExpression: `attribute_not_exists(keptSince) AND ${stillAsRead}`,
          ...(changes === undefined ? {} : { ExpressionAttributeValues: { ':changes': changes } }),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new ConditionFailedError(`The figures item of ${laCode} changed while it was built.`);
      }
      throw error;
    }
    return 'written';
  }, MOST_TRIES);
}
