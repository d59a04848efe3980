import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AlertSeverity } from '../../schemas/alert';
import type { Store } from '../client';
import { keys } from '../keys';
import type { TransactItem } from '../transact';

/** DynamoDB's most items in one transaction. */
const MOST_ITEMS = 100;

/** Records that the alert's current severity has been announced, so it is not announced again. */
export async function markNotified(
  store: Store,
  laCode: string,
  id: string,
  severity: AlertSeverity,
): Promise<void> {
  await store.db.send(new UpdateCommand(markOf(store, laCode, id, severity)));
}

/** `markNotified` for several of a council's alerts, in one transaction (chunks of 100). */
export async function markAllNotified(
  store: Store,
  laCode: string,
  alerts: readonly { id: string; severity: AlertSeverity }[],
): Promise<void> {
  if (alerts.length === 1) return markNotified(store, laCode, alerts[0]!.id, alerts[0]!.severity);
  for (let i = 0; i < alerts.length; i += MOST_ITEMS) {
    await store.db.send(
      new TransactWriteCommand({
        TransactItems: alerts
          .slice(i, i + MOST_ITEMS)
          .map((a) => ({ Update: markOf(store, laCode, a.id, a.severity) })),
      }),
    );
  }
}

/** The writes of `markAllNotified`, for a transaction of the caller's. */
export function notifiedMarks(
  store: Store,
  laCode: string,
  alerts: readonly { id: string; severity: AlertSeverity }[],
): TransactItem[] {
  return alerts.map((a) => ({ Update: markOf(store, laCode, a.id, a.severity) }));
}

function markOf(store: Store, laCode: string, id: string, severity: AlertSeverity) {
  return {
    TableName: store.tableName,
    Key: keys.alert(laCode, id),
    UpdateExpression: 'SET notifiedSeverity = :s',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':s': severity },
  };
}
