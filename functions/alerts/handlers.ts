import type { ChangeHandler } from './change';
import { onConditionAssessed } from './on-condition-assessed';
import { onReturnSubmitted } from './on-return-submitted';
import { onScorecardMonthSaved, onScorecardSaved } from './on-scorecard-changed';

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
