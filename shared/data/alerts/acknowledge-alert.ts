import type { Actor } from '../../schemas/agreement';
import type { Store } from '../client';
import { keys } from '../keys';
import { writeWithAudit } from '../transact';
import { alertIndex, type AlertRecord } from './alert-record';
import { versionCondition } from '../version-condition';

/** Marks an open alert as seen, with the user's note. Throws ConditionFailedError if it changed meanwhile. */
export async function acknowledgeAlert(
  store: Store,
  alert: AlertRecord,
  note: string,
  actor: Actor,
  now: Date,
): Promise<AlertRecord> {
  const at = now.toISOString();
  const next: AlertRecord = {
    ...alert,
    status: 'acknowledged',
    acknowledgedAt: at,
    acknowledgedBy: actor,
    acknowledgeNote: note,
    updatedAt: at,
    version: alert.version + 1,
  };
  await writeWithAudit(
    store,
    [
      {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.alert(alert.laCode, alert.id),
            ...alertIndex(next),
            type: 'alert',
            ...next,
          },
          ...versionCondition(alert.version),
        },
      },
    ],
    {
      laCode: alert.laCode,
      actor,
      action: 'alert.acknowledged',
      entity: `alert ${alert.id}`,
      before: { status: alert.status },
      after: { status: 'acknowledged', note },
    },
    now,
  );
  return next;
}
