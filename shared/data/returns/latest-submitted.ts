import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LatestSubmitted } from '../../domain';
import type { Store } from '../client';
import { collections, keys } from '../keys';
import type { TransactItem } from '../transact';

export type LatestSubmittedRecord = LatestSubmitted & { laCode: string };

/** The council's latest submitted return, as kept for the overview; undefined before any. */
export async function getLatestSubmitted(
  store: Store,
  laCode: string,
): Promise<LatestSubmittedRecord | undefined> {
  const out = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: keys.latestReturn(laCode) }),
  );
  if (!out.Item) return undefined;
  const {
    laCode: code,
    period,
    financialYear,
    submittedAt,
    forecastCumulativeDeficit,
  } = out.Item as LatestSubmittedRecord;
  return {
    laCode: code,
    period,
    financialYear,
    submittedAt,
    ...(forecastCumulativeDeficit === undefined ? {} : { forecastCumulativeDeficit }),
  };
}

/**
 * The write that makes a submission the council's latest known position, for the
 * submission's own transaction. It holds only if the position read is still the one
 * there, so two submissions at once cannot leave the earlier period on top.
 */
export function latestSubmittedPut(
  store: Store,
  next: LatestSubmittedRecord,
  previous: LatestSubmittedRecord | undefined,
): TransactItem {
  return {
    Put: {
      TableName: store.tableName,
      Item: {
        ...keys.latestReturn(next.laCode),
        gsi1pk: collections.latestReturns,
        gsi1sk: next.laCode,
        type: 'latest-return',
        ...next,
      },
      ...(previous
        ? {
            ConditionExpression: 'submittedAt = :previousAt',
            ExpressionAttributeValues: { ':previousAt': previous.submittedAt },
          }
        : { ConditionExpression: 'attribute_not_exists(pk)' }),
    },
  };
}
