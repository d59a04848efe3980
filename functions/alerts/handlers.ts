import type { AlertingDeps } from './apply-outcomes';
import { onConditionAssessed } from './on-condition-assessed';
import { onReturnSubmitted } from './on-return-submitted';
import type { Change } from './process-records';

export type ChangeHandler = (change: Change, deps: AlertingDeps) => Promise<void>;

/**
 * The alert rules each kind of change triggers, by item type: submitted returns and
 * DfE condition assessments can raise or resolve alerts.
 */
export const changeHandlers: Record<string, ChangeHandler> = {
  return: onReturnSubmitted,
  assessment: onConditionAssessed,
};
