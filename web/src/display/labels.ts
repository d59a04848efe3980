import { describePeriod } from '../../../shared/domain/periods';
import { formatMonth as formatMonthName, isMonth } from '../../../shared/domain/scorecard/months';
import type {
  AgreementStatus,
  Cadence,
  Programme,
  TrancheStatus,
} from '../../../shared/schemas/agreement';
import type { AlertRule } from '../../../shared/schemas/alert';
import type { ConditionStatus, Rag, ReturnStatus } from '../../../shared/schemas/return-content';

/** How the API's codes are named on screen. */

export const PROGRAMME_NAMES: Record<Programme, string> = {
  'safety-valve': 'Safety Valve',
  dbv: 'Delivering Better Value',
};

export const AGREEMENT_STATUS_NAMES: Record<AgreementStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  'under-review': 'Under review',
  rejected: 'Rejected',
  completed: 'Completed',
};

export const CADENCE_NAMES: Record<Cadence, string> = {
  quarterly: 'Quarterly',
  termly: 'Three times a year (termly)',
  monthly: 'Monthly (enhanced monitoring)',
};

export const RETURN_STATUS_NAMES: Record<ReturnStatus | 'not-started' | 'missing', string> = {
  'not-started': 'Not started',
  missing: 'Not started',
  draft: 'Draft',
  submitted: 'Submitted',
  accepted: 'Accepted',
  returned: 'Returned',
};

export const CONDITION_STATUS_NAMES: Record<ConditionStatus, string> = {
  met: 'Met',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'not-met': 'Not met',
};

/** What each status means, as the radios' hints put it. */
export const CONDITION_STATUS_HINTS: Record<ConditionStatus, string> = {
  met: 'The commitment has been delivered.',
  'on-track': 'Progress is as planned.',
  'at-risk': 'Progress is behind plan and may not recover without action.',
  'not-met': 'The commitment has not been delivered.',
};

export const RAG_NAMES: Record<Rag, string> = { green: 'Green', amber: 'Amber', red: 'Red' };

export const TRANCHE_STATUS_NAMES: Record<TrancheStatus, string> = {
  scheduled: 'Scheduled',
  released: 'Released',
  withheld: 'Withheld',
  suspended: 'Suspended',
};

export const ALERT_RULE_NAMES: Record<AlertRule, string> = {
  'trajectory-breach': 'Deficit above trajectory',
  'in-year-breach': 'In-year balance below plan',
  'ehcp-growth': 'EHCPs above plan',
  'condition-not-met': 'Condition at risk or not met',
  'return-overdue': 'Return overdue',
  'early-warning': 'Early warning',
  'kpi-off-target': 'Scorecard measure off target',
  'savings-shortfall': 'Savings short of plan',
};

/** A period as people say it: `2024-25-Q2` → `2024-25 quarter 2`. */
export function periodName(period: string): string {
  return describePeriod(period);
}

/** A period or, for a scorecard measure, a month: `2024-03` → `March 2024`. */
export function periodOrMonthName(value: string): string {
  return isMonth(value) ? formatMonthName(value) : periodName(value);
}
