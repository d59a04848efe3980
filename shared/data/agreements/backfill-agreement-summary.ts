import type { Agreement } from '../../schemas/agreement';
import { batchGet, itemId } from '../batch-get';
import type { Store } from '../client';
import { keys } from '../keys';
import { retryOnConflict } from '../retry-on-conflict';
import { stripKeys } from '../strip-keys';
import { writeTransaction, type TransactItem } from '../transact';
import { agreementSummaryItem } from './agreement-summary';

/** Tries before giving up on a council whose agreement keeps changing under the backfill. */
const MOST_TRIES = 5;

/**
 * Brings a council created before summaries were kept (its item without
 * `agreementSummarySince`) onto the overview's reading of summaries: an agreement without
 * its summary gets it, as saveAgreement builds it, and the council its
 * `agreementSummarySince`, in one transaction. The overview takes a council with
 * `agreementSummarySince` and no summary to have no agreement, so the two land together,
 * and only while the agreement is as read (at its version, or still absent): a save in
 * between fails the transaction and the council is read again. A save after it writes
 * its own summary, as every save does. 'kept' when the council had it already.
 *
 * No audit item: this changes no council's data, only the copy the overview reads.
 */
export async function backfillAgreementSummary(
  store: Store,
  laCode: string,
  now: Date,
): Promise<'kept' | 'written'> {
  return retryOnConflict(async () => {
    const found = await batchGet(store, [
      keys.council(laCode),
      keys.agreement(laCode),
      keys.agreementSummary(laCode),
    ]);
    const council = found.get(itemId(keys.council(laCode)));
    if (!council || typeof council.agreementSummarySince === 'string') return 'kept';
    const stored = found.get(itemId(keys.agreement(laCode)));
    const agreement = stored ? stripKeys<Agreement>(stored) : undefined;
    const summarised = found.has(itemId(keys.agreementSummary(laCode)));
    const agreementAsRead: TransactItem = {
      ConditionCheck: {
        TableName: store.tableName,
        Key: keys.agreement(laCode),
        ...(agreement
          ? {
              ConditionExpression: 'version = :version',
              ExpressionAttributeValues: { ':version': agreement.version },
            }
          : { ConditionExpression: 'attribute_not_exists(pk)' }),
      },
    };
    await writeTransaction(store, [
      agreementAsRead,
      ...(agreement && !summarised
        ? [
            {
              Put: {
                TableName: store.tableName,
                Item: agreementSummaryItem(agreement),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ]
        : []),
      {
        Update: {
          TableName: store.tableName,
          Key: keys.council(laCode),
          UpdateExpression: 'SET agreementSummarySince = :at',
          ConditionExpression:
            'attribute_exists(pk) AND attribute_not_exists(agreementSummarySince)',
          ExpressionAttributeValues: { ':at': now.toISOString() },
        },
      },
    ]);
    return 'written';
  }, MOST_TRIES);
}
