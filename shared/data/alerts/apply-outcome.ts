import { ulid } from 'ulidx';
import { SYSTEM_ACTOR, type AlertChange, type AlertKey } from '../../domain';
import type { Store } from '../client';
import { keys } from '../keys';
import { writeWithAudit } from '../transact';
import { versionCondition } from '../version-condition';
import { alertIndex, toAlert, type AlertRecord } from './alert-record';

/**
 * Writes what the alert lifecycle decided (`decideAlertChange`), with its audit item, and
 * returns the alert as stored (none when nothing was open and nothing changed). A raise
 * takes the key's slot, a resolution frees it; a change to an existing alert lands only
 * if the alert is still at the version read. A lost race throws ConditionFailedError.
 */
export async function applyOutcome(
  store: Store,
  laCode: string,
  key: AlertKey,
  decision: AlertChange<AlertRecord>,
  now: Date,
): Promise<AlertRecord | undefined> {
  const slotKey = keys.alertSlot(laCode, key.rule, key.subject, key.financialYear);
  switch (decision.change) {
    case 'unchanged':
      return decision.alert;

    case 'raised': {
      const raised: AlertRecord = { ...decision.alert, id: ulid(), laCode, version: 1 };
      await writeWithAudit(
        store,
        [
          putAlert(store, raised),
          {
            Put: {
              TableName: store.tableName,
              Item: { ...slotKey, type: 'alert-slot', alertId: raised.id },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
        {
          laCode,
          actor: SYSTEM_ACTOR,
          action: 'alert.raised',
          entity: `alert ${raised.id}`,
          after: toAlert(raised),
        },
        now,
      );
      return raised;
    }

    case 'resolved': {
      const { before } = decision;
      const resolved: AlertRecord = { ...decision.alert, version: before.version + 1 };
      await writeWithAudit(
        store,
        [
          putAlert(store, resolved, before.version),
          {
            Delete: {
              TableName: store.tableName,
              Key: slotKey,
              ConditionExpression: 'alertId = :id',
              ExpressionAttributeValues: { ':id': before.id },
            },
          },
        ],
        {
          laCode,
          actor: SYSTEM_ACTOR,
          action: 'alert.resolved',
          entity: `alert ${before.id}`,
          before: toAlert(before),
          after: { status: 'resolved', reason: decision.reason },
        },
        now,
      );
      return resolved;
    }

    default: {
      const { before } = decision;
      const next: AlertRecord = { ...decision.alert, version: before.version + 1 };
      await writeWithAudit(
        store,
        [putAlert(store, next, before.version)],
        {
          laCode,
          actor: SYSTEM_ACTOR,
          action: `alert.${decision.change}`,
          entity: `alert ${before.id}`,
          before: toAlert(before),
          after: toAlert(next),
        },
        now,
      );
      return next;
    }
  }
}

function putAlert(store: Store, alert: AlertRecord, previousVersion?: number) {
  return {
    Put: {
      TableName: store.tableName,
      Item: {
        ...keys.alert(alert.laCode, alert.id),
        ...alertIndex(alert),
        type: 'alert',
        ...alert,
      },
      ...versionCondition(previousVersion),
    },
  };
}
