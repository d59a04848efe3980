import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AlertSeverity } from '../../schemas/alert';
import type { Store } from '../client';
import { keys } from '../keys';

/** Records that the alert's current severity has been announced, so it is not announced again. */
export async function markNotified(
  store: Store,
  laCode: string,
  id: string,
  severity: AlertSeverity,
): Promise<void> {
  await store.db.send(new UpdateCommand(markOf(store, laCode, id, severity)));
}

/** `markNotified` for several of a council's alerts, all at once. */
export async function markAllNotified(
  store: Store,
  laCode: string,
  alerts: readonly { id: string; severity: AlertSeverity }[],
): Promise<void> {
  await Promise.all(alerts.map((a) => markNotified(store, laCode, a.id, a.severity)));
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
