import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { isDeepStrictEqual } from 'node:util';
import type { Store } from '../client';
import { ConditionFailedError } from '../errors';
import { keys } from '../keys';
import { queryCouncilItems } from '../query-council-items';
import { retryOnConflict } from '../retry-on-conflict';
import { stripKeys } from '../strip-keys';
import type { ReturnRecord } from './return-record';
import {
  returnStatesKeptItem,
  STATE_SHAPE,
  STATES_KEPT,
  statesOfThisShape,
} from './return-states-kept';
import { returnStateItem } from './write-return-change';

/** Tries before giving up on a council whose returns keep changing under the backfill. */
const MOST_TRIES = 5;

/**
 * Brings a council created before state items were kept onto its listing from them, or
 * one whose state items are of an older shape (its marker's `stateShape`) onto this
 * release's: each return's state item is put as a return change writes it now
 * (returnStateItem) where it is missing or differs, then the marker
 * (`keys.returnStatesKept`), keeping its `keptSince`. 'kept' when the council had the
 * marker of this shape already.
 *
 * Why no return change is lost: the returns are read first, then the state items (both
 * strongly consistent), and a state item is put only if it is absent, without a version
 * (written before state items carried one) or at most at the version of the return as
 * read. A change that lands after the returns were read writes
 * its own state item at a later version in its transaction, so the put fails and the
 * council is read again. Once every state item is put, any change, even one landing
 * before the marker, writes its state item with the return, so the marker never claims a
 * return without one. This holds once every function writes state items: run it after
 * the release that writes them is deployed everywhere.
 *
 * No audit item: this changes no council's data, only the copies the listing reads.
 */
export async function backfillReturnStates(
  store: Store,
  laCode: string,
  now: Date,
): Promise<'kept' | 'written'> {
  return retryOnConflict(async () => {
    const returns = await queryCouncilItems(store, laCode, keys.returnPrefix, {
      consistentRead: true,
    });
    const states = await queryCouncilItems(store, laCode, keys.returnStatePrefix, {
      consistentRead: true,
    });
    const marker = states.find((item) => item.type === STATES_KEPT);
    if (statesOfThisShape(marker)) return 'kept';
    const stateOf = new Map(states.map((item) => [item.period, item]));
    for (const stored of returns) {
      const record = stripKeys<ReturnRecord>(stored);
      const state = returnStateItem(record);
      if (sameItem(stateOf.get(record.period), state)) continue;
      await putUnlessChanged(store, state, record.version);
    }
    try {
      await store.db.send(
        new PutCommand({
          TableName: store.tableName,
          Item: returnStatesKeptItem(
            laCode,
            typeof marker?.keptSince === 'string' ? marker.keptSince : now.toISOString(),
          ),
          ConditionExpression:
            'attribute_not_exists(pk) OR attribute_not_exists(stateShape) OR stateShape < :shape',
          ExpressionAttributeValues: { ':shape': STATE_SHAPE },
        }),
      );
    } catch (error) {
      // Another run of the backfill put it meanwhile, after putting the same states.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    return 'written';
  }, MOST_TRIES);
}

/** Equal as stored: attributes left undefined are never written. */
const sameItem = (stored: unknown, built: unknown) =>
  stored !== undefined &&
  isDeepStrictEqual(JSON.parse(JSON.stringify(stored)), JSON.parse(JSON.stringify(built)));

async function putUnlessChanged(
  store: Store,
  state: ReturnType<typeof returnStateItem>,
  version: number,
) {
  try {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: state,
        // A state item from before they carried `version` is older than any version.
        ConditionExpression:
          'attribute_not_exists(pk) OR attribute_not_exists(version) OR version <= :version',
        ExpressionAttributeValues: { ':version': version },
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      throw new ConditionFailedError(
        `The return ${state.period} of ${state.laCode} changed while its state was built.`,
      );
    }
    throw error;
  }
}
