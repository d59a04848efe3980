import type { Assessment } from '../../schemas/assessment';
import type { Actor } from '../audit';
import type { Store } from '../client';
import { keys } from '../keys';
import { writeWithAudit } from '../transact';

/** Records DfE's assessment of one condition for one period; earlier assessments are kept. */
export async function recordAssessment(
  store: Store,
  laCode: string,
  assessment: Assessment,
  actor: Actor,
  now: Date,
): Promise<Assessment> {
  const { conditionId, period, assessedAt } = assessment;
  await writeWithAudit(
    store,
    [
      {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.assessment(laCode, conditionId, period, assessedAt),
            type: 'assessment',
            laCode,
            ...assessment,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ],
    {
      laCode,
      actor,
      action: 'condition.assessed',
      entity: `condition ${conditionId} ${period}`,
      after: assessment,
    },
    now,
  );
  return assessment;
}
