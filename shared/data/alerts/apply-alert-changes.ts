import { ulid } from 'ulidx';
import { SYSTEM_ACTOR, type AlertChange, type AlertKey } from '../../domain';
import type { AuditInput } from '../audit';
import type { Store } from '../client';
import { keys } from '../keys';
import { writeWithAudit, type TransactItem } from '../transact';
import { versionCondition } from '../version-condition';
import { alertIndex, toAlert, type AlertRecord } from './alert-record';

/** Changes in one transaction: each is at most three items (alert, slot, audit) of DynamoDB's 100. */
const CHANGES_PER_TRANSACTION = 33;

export interface AlertChangeToWrite {
  key: AlertKey;
  decision: AlertChange<AlertRecord>;
}

/**
 * Writes what the alert lifecycle decided (`decideAlertChange`) for each of a council's
 * rule keys, with the audit items, in one transaction (more only past 33 changes), and
 * returns each alert as stored, in order (none when nothing was open and nothing
 * changed). A raise takes the key's slot, a resolution frees it; a change to an existing
 * alert lands only if the alert is still at the version read. A lost race throws
 * ConditionFailedError and, within its transaction, writes nothing. Each key at most once.
 */
export async function applyAlertChanges(
  store: Store,
  laCode: string,
  changes: readonly AlertChangeToWrite[],
  now: Date,
): Promise<(AlertRecord | undefined)[]> {
  const writes = changes.map((change) => writeOf(store, laCode, change));
  const changed = writes.filter((w) => w.audit);
  for (let i = 0; i < changed.length; i += CHANGES_PER_TRANSACTION) {
    const chunk = changed.slice(i, i + CHANGES_PER_TRANSACTION);
    await writeWithAudit(
      store,
      chunk.flatMap((w) => w.items),
      chunk.flatMap((w) => (w.audit ? [w.audit] : [])),
      now,
    );
  }
  return writes.map((w) => w.stored);
}

interface Write {
  stored: AlertRecord | undefined;
  items: TransactItem[];
  audit?: AuditInput;
}

function writeOf(store: Store, laCode: string, { key, decision }: AlertChangeToWrite): Write {
  const slotKey = keys.alertSlot(laCode, key.rule, key.subject, key.financialYear);
  switch (decision.change) {
    case 'unchanged':
      return { stored: decision.alert, items: [] };

    case 'raised': {
      const raised: AlertRecord = { ...decision.alert, id: ulid(), laCode, version: 1 };
      return {
        stored: raised,
        items: [
          putAlert(store, raised),
          {
            Put: {
              TableName: store.tableName,
              Item: { ...slotKey, type: 'alert-slot', alertId: raised.id },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
        audit: {
          laCode,
          actor: SYSTEM_ACTOR,
          action: 'alert.raised',
          entity: `alert ${raised.id}`,
          after: toAlert(raised),
        },
      };
    }

    case 'resolved': {
      const { before } = decision;
      const resolved: AlertRecord = { ...decision.alert, version: before.version + 1 };
      return {
        stored: resolved,
        items: [
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
        audit: {
          laCode,
          actor: SYSTEM_ACTOR,
          action: 'alert.resolved',
          entity: `alert ${before.id}`,
          before: toAlert(before),
          after: { status: 'resolved', reason: decision.reason },
        },
      };
    }

    default: {
      const { before } = decision;
      const next: AlertRecord = { ...decision.alert, version: before.version + 1 };
      return {
        stored: next,
        items: [putAlert(store, next, before.version)],
        audit: {
          laCode,
          actor: SYSTEM_ACTOR,
          action: `alert.${decision.change}`,
          entity: `alert ${before.id}`,
          before: toAlert(before),
          after: toAlert(next),
        },
      };
    }
  }
}

function putAlert(store: Store, alert: AlertRecord, previousVersion?: number): TransactItem {
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
