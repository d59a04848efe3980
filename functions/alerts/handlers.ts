import type { AlertingDeps } from './apply-outcomes';
import { onConditionAssessed } from './on-condition-assessed';
import { onReturnSubmitted } from './on-return-submitted';
import { onScorecardMonthSaved, onScorecardSaved } from './on-scorecard-changed';
import type { Change } from './process-records';

export type ChangeHandler = (change: Change, deps: AlertingDeps) => Promise<void>;

/**
 * The alert rules each kind of change triggers, by item type: submitted returns, DfE
 * condition assessments and scorecard saves can raise or resolve alerts.
 */
export const changeHandlers: Record<string, ChangeHandler> = {
  return: onReturnSubmitted,
  assessment: onConditionAssessed,
  'scorecard-month': onScorecardMonthSaved,
  scorecard: onScorecardSaved,
};
