import type { Actor } from './actor';
import type { Role } from './roles';

export const ALERT_RULES = [
  'trajectory-breach',
  'in-year-breach',
  'ehcp-growth',
  'condition-not-met',
  'return-overdue',
  'early-warning',
  'kpi-off-target',
  'savings-shortfall',
] as const;
export const ALERT_SEVERITIES = ['amber', 'red'] as const;
export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;

export type AlertRule = (typeof ALERT_RULES)[number];
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/**
 * What an alert rule found. `measured` is the figure the rule looked at and
 * `threshold` the limit it was held to (each rule in ./alerts says which pair).
 */
export interface AlertFinding {
  rule: AlertRule;
  severity: AlertSeverity;
  financialYear: string;
  period: string;
  /** The condition id (condition-not-met) or the period (return-overdue). */
  subject?: string;
  message: string;
  measured: number;
  threshold: number;
}

export interface Alert extends AlertFinding {
  id: string;
  laCode: string;
  status: AlertStatus;
  createdAt: string;
  updatedAt: string;
  acknowledgedAt?: string;
  acknowledgedBy?: Actor<Role>;
  acknowledgeNote?: string;
  resolvedAt?: string;
  resolvedBy?: 'system' | Actor<Role>;
  /** Changes with each change to the alert; sent back in If-Match. */
  version?: number;
}
