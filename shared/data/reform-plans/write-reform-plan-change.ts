import type { AuditInput } from '../audit';
import type { Store } from '../client';
import { collections, keys } from '../keys';
import { writeWithAudit, type TransactItem } from '../transact';
import { versionCondition } from '../version-condition';
import type { ReformPlanHistoryRecord, ReformPlanRecord } from './reform-plan-record';

/**
 * Writes one change of a council's reform plan in one transaction: the plan moves to
 * `next` (only if it is still at the version that was read, or absent for a new one),
 * the change is kept in the plan's history, and the audit item and any `extra` items
 * land with it. The history item of a review (`action` `returned` or `approved`) is
 * what a notification worker reading the table's stream picks up to tell the
 * council's people. Throws ConditionFailedError when someone else changed the plan.
 */
export async function writeReformPlanChange(
  store: Store,
  change: {
    previous: ReformPlanRecord | undefined;
    next: ReformPlanRecord;
    history: ReformPlanHistoryRecord;
    audit: Omit<AuditInput, 'laCode'>;
    extra?: TransactItem[];
  },
  now: Date = new Date(),
): Promise<void> {
  const { previous, next, history, audit, extra = [] } = change;
  const { laCode } = next;
  await writeWithAudit(
    store,
    [
      {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.reformPlan(laCode),
            gsi1pk: collections.reform,
            gsi1sk: `${laCode}#reform-plan`,
            type: 'reform-plan',
            ...next,
          },
          ...versionCondition(previous?.version),
        },
      },
      {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.reformPlanHistory(laCode, history.version),
            type: 'reform-plan-history',
            laCode,
            ...history,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...extra,
    ],
    { laCode, ...audit },
    now,
  );
}
