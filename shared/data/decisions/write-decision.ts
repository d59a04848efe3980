import type { AuditInput } from '../audit';
import type { Store } from '../client';
import { writeWithAudit } from '../transact';
import { versionCondition } from '../version-condition';

type Key = { pk: string; sk: string };

/**
 * Records one DfE decision on money it pays (a tranche, a stability grant) in one
 * transaction: the payment's state item moves on only if it is still at the version
 * that was read (or absent when none was), the decision is kept as an item of its own
 * (so the history has no size limit), and the audit item lands with both. Throws
 * ConditionFailedError when someone else decided in between, so two concurrent
 * decisions can never both land.
 */
export async function writeDecision(
  store: Store,
  change: {
    state: { key: Key; item: Record<string, unknown>; previousVersion: number | undefined };
    decision: { key: Key; item: Record<string, unknown> };
    audit: AuditInput;
  },
  now: Date = new Date(),
): Promise<void> {
  const { state, decision, audit } = change;
  await writeWithAudit(
    store,
    [
      {
        Put: {
          TableName: store.tableName,
          Item: { ...state.key, ...state.item },
          ...versionCondition(state.previousVersion),
        },
      },
      {
        Put: {
          TableName: store.tableName,
          Item: { ...decision.key, ...decision.item },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ],
    audit,
    now,
  );
}
