import type { Assessment, AssessmentInput } from '../../../shared/schemas/assessment';
import type { ConditionView } from '../../../shared/schemas/condition-view';
import { api } from './client';
import { councilApi, withSignal } from './paths';

export type { Assessment, AssessmentInput, ConditionView };

/** Each condition of the agreement with the council's statuses and DfE's assessments. */
export async function listConditions(
  laCode: string,
  signal?: AbortSignal,
): Promise<ConditionView[]> {
  const page = await api<{ items: ConditionView[] }>(
    councilApi(laCode, '/conditions'),
    withSignal(signal),
  );
  return page.items;
}

/** DfE's assessment of a condition for a period. */
export function assessCondition(
  laCode: string,
  conditionId: string,
  input: AssessmentInput,
): Promise<Assessment> {
  return api<Assessment>(
    councilApi(laCode, `/conditions/${encodeURIComponent(conditionId)}/assessments`),
    { method: 'POST', body: input },
  );
}
