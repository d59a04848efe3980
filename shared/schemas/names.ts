import { describePeriod, type Role } from '../domain';
import type { AgreementStatus, Cadence, Programme, TrancheStatus } from './agreement';
import type { AlertRule, AlertSeverity, AlertStatus } from './alert';
import type { ConditionStatus, Rag, ReturnStatus } from './return-content';

/** How the API's codes are named to people: on screen, in spreadsheets and documents. */

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

export const ALERT_STATUS_NAMES: Record<AlertStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
};

export const SEVERITY_NAMES: Record<AlertSeverity, string> = { amber: 'Amber', red: 'Red' };

/** How each role is named to people. */
export const ROLE_NAMES: Record<Role, string> = {
  'council-viewer': 'Council viewer',
  'council-editor': 'Council editor',
  'council-approver': 'Council approver',
  'dfe-reviewer': 'DfE reviewer',
  'dfe-admin': 'DfE administrator',
};

/** Audit actions in words: `return.submitted` → "Return submitted". */
const ACTIONS: Record<string, string> = {
  'council.created': 'Council set up',
  'agreement.created': 'Agreement recorded',
  'agreement.varied': 'Agreement varied',
  'return.created': 'Return started',
  'return.saved': 'Return saved',
  'return.submitted': 'Return submitted',
  'return.accepted': 'Return accepted',
  'return.returned': 'Return sent back',
  'condition.assessed': 'Condition assessed',
  'tranche.release': 'Payment released',
  'tranche.withhold': 'Payment withheld',
  'tranche.suspend': 'Payment suspended',
  'alert.raised': 'Alert raised',
  'alert.escalated': 'Alert escalated to red',
  'alert.reopened': 'Alert reopened (escalated to red)',
  'alert.updated': 'Alert figures updated',
  'alert.acknowledged': 'Alert acknowledged',
  'alert.resolved': 'Alert resolved',
};

/** The actions the trail names in words, for choosing one. */
export const AUDIT_ACTIONS: readonly string[] = Object.keys(ACTIONS);

export function auditActionName(action: string): string {
  const known = ACTIONS[action];
  if (known) return known;
  const words = action.replace(/[._-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
