import * as z from 'zod';
import {
  ALERT_RULES,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
  type Alert as DomainAlert,
  type AlertFinding as DomainAlertFinding,
} from '../domain';
import { Actor, FinancialYear } from './agreement';
import { LaCode, ListQuery, Timestamp } from './common';
import { Period } from './return-content';
import type { Proof, SameType } from './same-type';

export const AlertRule = z.enum(ALERT_RULES);
export const AlertSeverity = z.enum(ALERT_SEVERITIES);
export const AlertStatus = z.enum(ALERT_STATUSES);

/**
 * What an alert rule found. `measured` is the figure the rule looked at and
 * `threshold` the limit it was held to (see shared/domain/alerts for each rule's pair).
 */
export const AlertFinding = z
  .strictObject({
    rule: AlertRule,
    severity: AlertSeverity,
    financialYear: FinancialYear,
    period: Period,
    subject: z.string().optional().meta({
      description:
        'The condition id (condition-not-met), the period (return-overdue) or the scorecard measure key (kpi-off-target)',
    }),
    message: z.string(),
    measured: z.number(),
    threshold: z.number(),
  })
  .meta({ id: 'AlertFinding' });

export const Alert = AlertFinding.extend({
  id: z.string().min(1),
  laCode: LaCode,
  status: AlertStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  acknowledgedAt: Timestamp.optional(),
  acknowledgedBy: Actor.optional(),
  acknowledgeNote: z.string().optional(),
  resolvedAt: Timestamp.optional(),
  resolvedBy: z.union([z.literal('system'), Actor]).optional(),
  // Every alert the API sends has one; optional so that a finding stored before it parses.
  version: z.number().int().min(1).optional().meta({
    description: 'Changes with each change to the alert: send it back in If-Match',
  }),
}).meta({ id: 'Alert' });

/** The body of `POST /councils/{laCode}/alerts/{id}/acknowledge`. */
export const AcknowledgeAlertInput = z
  .strictObject({ note: z.string().trim().min(1, 'enter a note').max(2000) })
  .meta({ id: 'AcknowledgeAlertInput' });

/** `?status=&severity=&rule=` on the alert lists, with paging. */
export const AlertQuery = ListQuery.extend({
  status: AlertStatus.optional(),
  severity: AlertSeverity.optional(),
  rule: AlertRule.optional(),
});

/** The list across councils (DfE) may also be narrowed to one council. */
export const AllAlertsQuery = AlertQuery.extend({
  laCode: LaCode.optional().meta({ description: "Only this council's alerts" }),
});

export type AlertRule = z.infer<typeof AlertRule>;
export type AlertSeverity = z.infer<typeof AlertSeverity>;
export type AlertStatus = z.infer<typeof AlertStatus>;
export type AlertFinding = DomainAlertFinding;
export type Alert = DomainAlert;
export type AcknowledgeAlertInput = z.infer<typeof AcknowledgeAlertInput>;
export type AlertQuery = z.infer<typeof AlertQuery>;
export type AllAlertsQuery = z.infer<typeof AllAlertsQuery>;

// The domain owns these types; the schemas must parse exactly them.
type _Checks = [
  Proof<SameType<z.infer<typeof AlertFinding>, DomainAlertFinding>>,
  Proof<SameType<z.infer<typeof Alert>, DomainAlert>>,
];
