import type { AuditInput } from '../audit';
import type { Store } from '../client';
import { DFE_PARTITION, keys } from '../keys';
import { writeWithAudit } from '../transact';
import { versionCondition } from '../version-condition';
import type { ReformPlanTemplateRecord } from './reform-plan-record';

/**
 * Publishes a version of the template: the current item moves on (only from the version
 * read, or when absent), each version is kept, and the audit item (in DfE's own
 * partition) lands in the same transaction.
 */
export async function saveReformPlanTemplate(
  store: Store,
  previous: ReformPlanTemplateRecord | undefined,
  next: ReformPlanTemplateRecord,
  audit: Omit<AuditInput, 'laCode'>,
  now: Date = new Date(),
): Promise<void> {
  await writeWithAudit(
    store,
    [
      {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.reformPlanTemplate(), type: 'reform-plan-template', ...next },
          ...versionCondition(previous?.version),
        },
      },
      {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.reformPlanTemplateVersion(next.version),
            type: 'reform-plan-template-version',
            ...next,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ],
    { laCode: DFE_PARTITION, ...audit },
    now,
  );
}
