import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulidx';
import type { RuleOutcome } from '../../domain';
import type { Store } from '../client';
import { keys } from '../keys';
import { retryOnConflict } from '../retry-on-conflict';
import { writeWithAudit } from '../transact';
import { alertIndex, toAlert, type AlertRecord } from './alert-record';
import { getAlert } from './get-alert';
import { versionCondition } from '../version-condition';

const SYSTEM = { sub: 'system', role: 'system' } as const;

export type AlertChange =
  | { kind: 'raised' | 'escalated' | 'updated' | 'resolved'; alert: AlertRecord }
  | { kind: 'unchanged'; alert?: AlertRecord };

/**
 * Applies a rule's outcome to the council's alerts: a breach raises the alert, or
 * updates the open one with the new figures and severity; back within tolerance
 * resolves it. Applying the same outcome twice changes nothing, so re-delivered
 * changes are harmless. Writes race with other workers on the slot and the alert's
 * version; a lost race is retried from a fresh read.
 */
export async function applyOutcome(
  store: Store,
  laCode: string,
  outcome: RuleOutcome,
  now: Date = new Date(),
): Promise<AlertChange> {
  return retryOnConflict(() => applyOnce(store, laCode, outcome, now), 4);
}

async function applyOnce(
  store: Store,
  laCode: string,
  outcome: RuleOutcome,
  now: Date,
): Promise<AlertChange> {
  if (outcome.outcome === 'not-applicable') return { kind: 'unchanged' };
  const { rule, subject, financialYear } = outcome.key;
  const slotKey = keys.alertSlot(laCode, rule, subject, financialYear);
  const slot = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: slotKey, ConsistentRead: true }),
  );
  const openId = slot.Item?.alertId as string | undefined;
  const open = openId ? await getAlert(store, laCode, openId) : undefined;
  const at = now.toISOString();

  if (outcome.outcome === 'within') {
    if (!open) return { kind: 'unchanged' };
    const resolved: AlertRecord = {
      ...open,
      status: 'resolved',
      resolvedAt: at,
      resolvedBy: 'system',
      updatedAt: at,
      version: open.version + 1,
    };
    await writeWithAudit(
      store,
      [
        putAlert(store, resolved, open.version),
        {
          Delete: {
            TableName: store.tableName,
            Key: slotKey,
            ConditionExpression: 'alertId = :id',
            ExpressionAttributeValues: { ':id': open.id },
          },
        },
      ],
      {
        laCode,
        actor: SYSTEM,
        action: 'alert.resolved',
        entity: `alert ${open.id}`,
        before: toAlert(open),
        after: { status: 'resolved', reason: outcome.reason },
      },
      now,
    );
    return { kind: 'resolved', alert: resolved };
  }

  const { finding } = outcome;
  if (open) {
    const same =
      open.severity === finding.severity &&
      open.measured === finding.measured &&
      open.threshold === finding.threshold &&
      open.period === finding.period &&
      open.message === finding.message;
    if (same) return { kind: 'unchanged', alert: open };
    const escalated = open.severity === 'amber' && finding.severity === 'red';
    const updated: AlertRecord = {
      ...open,
      ...finding,
      // An escalation needs attention again, even if the last one was acknowledged.
      status: escalated ? 'open' : open.status,
      updatedAt: at,
      version: open.version + 1,
    };
    await writeWithAudit(
      store,
      [putAlert(store, updated, open.version)],
      {
        laCode,
        actor: SYSTEM,
        action: escalated ? 'alert.escalated' : 'alert.updated',
        entity: `alert ${open.id}`,
        before: toAlert(open),
        after: toAlert(updated),
      },
      now,
    );
    return { kind: escalated ? 'escalated' : 'updated', alert: updated };
  }

  const raised: AlertRecord = {
    ...finding,
    id: ulid(),
    laCode,
    status: 'open',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
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
      actor: SYSTEM,
      action: 'alert.raised',
      entity: `alert ${raised.id}`,
      after: toAlert(raised),
    },
    now,
  );
  return { kind: 'raised', alert: raised };
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
