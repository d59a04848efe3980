import type { ChangeHandler } from './change';
import { onConditionAssessed } from './on-condition-assessed';
import { onReformPlanReviewed } from './on-reform-plan-reviewed';
import { onReturnReadyForSignOff } from './on-return-ready';
import { onReturnReviewed } from './on-return-reviewed';
import { onReturnSubmitted, readAheadForSubmissions } from './on-return-submitted';
import { onScorecardMonthSaved, onScorecardSaved } from './on-scorecard-changed';

/**
 * A return's change: a submission runs the alert rules, a review tells the council, a
 * hand-over for sign-off tells its approvers.
 */
const onReturnChanged: ChangeHandler = async (change, deps) => {
  await onReturnSubmitted(change, deps);
  await onReturnReviewed(change, deps);
  await onReturnReadyForSignOff(change, deps);
};
onReturnChanged.readAhead = readAheadForSubmissions;

/**
 * What each kind of change triggers, by item type: submitted returns, DfE condition
 * assessments and scorecard saves can raise or resolve alerts; reviews of returns and
 * reform plans, and returns sent for sign-off, are emailed to the council's people who
 * asked.
 */
export const changeHandlers: Record<string, ChangeHandler> = {
  return: onReturnChanged,
  'reform-plan': onReformPlanReviewed,
  assessment: onConditionAssessed,
  'scorecard-month': onScorecardMonthSaved,
  scorecard: onScorecardSaved,
};
