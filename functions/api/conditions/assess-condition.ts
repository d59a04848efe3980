import type { Principal } from '../../../shared/auth';
import { recordAssessment } from '../../../shared/data/assessments/record-assessment';
import { actorOf, InvalidError, NotFoundError, periodProblems } from '../../../shared/domain';
import type { Assessment, AssessmentInput } from '../../../shared/schemas/assessment';
import type { AppDeps } from '../env';
import { requireAgreement } from '../require-council';

/** DfE assesses one condition of the agreement for one of its reporting periods. */
export async function assessCondition(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; conditionId: string; input: AssessmentInput },
): Promise<Assessment> {
  const { laCode, conditionId, input } = request;
  const { store } = deps;
  const agreement = await requireAgreement(store, laCode);
  if (!agreement.conditions.some((condition) => condition.id === conditionId)) {
    throw new NotFoundError(`Condition ${conditionId}`);
  }
  const problems = periodProblems(input.period, agreement);
  if (problems.length > 0) {
    throw new InvalidError(
      `${input.period} is not a reporting period of this agreement.`,
      problems.map((message) => ({ path: 'period', message })),
    );
  }
  const now = deps.now();
  const actor = actorOf(principal);
  return recordAssessment(
    store,
    laCode,
    { ...input, conditionId, assessedAt: now.toISOString(), assessedBy: actor },
    actor,
    now,
  );
}
