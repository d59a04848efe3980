import type { Alert } from '../../../shared/schemas/alert';
import {
  ALERT_RULE_NAMES,
  ALERT_STATUS_NAMES,
  SEVERITY_NAMES,
  periodName,
} from '../../../shared/schemas/names';
import { column, type Column } from './columns';

export type AlertRow = Alert & { councilName?: string };

/** Rules whose measured figure and threshold are money; the others count or compare. */
const MONEY_RULES = new Set<string>(['trajectory-breach', 'in-year-breach', 'early-warning']);

/** A measured figure in the unit of its rule: pounds for money rules, otherwise as is. */
function figure(kind: 'money' | 'other', get: (a: AlertRow) => number) {
  return (a: AlertRow) => ((MONEY_RULES.has(a.rule) ? 'money' : 'other') === kind ? get(a) : null);
}

/** Alerts as a table, one row per alert. */
export const ALERT_COLUMNS: Column<AlertRow>[] = [
  column<AlertRow>('LA code', 'text', (a) => a.laCode, 8),
  column<AlertRow>('Council', 'text', (a) => a.councilName, 28),
  column<AlertRow>('Alert', 'text', (a) => ALERT_RULE_NAMES[a.rule], 28),
  column<AlertRow>('Severity', 'text', (a) => SEVERITY_NAMES[a.severity], 9),
  column<AlertRow>('Status', 'text', (a) => ALERT_STATUS_NAMES[a.status], 12),
  column<AlertRow>('Financial year', 'text', (a) => a.financialYear, 10),
  column<AlertRow>('Period', 'text', (a) => periodName(a.period), 18),
  column<AlertRow>('About', 'text', (a) => a.subject, 18),
  column<AlertRow>('What was found', 'text', (a) => a.message, 60),
  column<AlertRow>(
    'Measured (£)',
    'money',
    figure('money', (a) => a.measured),
  ),
  column<AlertRow>(
    'Threshold (£)',
    'money',
    figure('money', (a) => a.threshold),
  ),
  column<AlertRow>(
    'Measured (other)',
    'decimal',
    figure('other', (a) => a.measured),
  ),
  column<AlertRow>(
    'Threshold (other)',
    'decimal',
    figure('other', (a) => a.threshold),
  ),
  column<AlertRow>('Raised at', 'timestamp', (a) => a.createdAt),
  column<AlertRow>('Last changed at', 'timestamp', (a) => a.updatedAt),
  column<AlertRow>('Acknowledgement note', 'text', (a) => a.acknowledgeNote, 40),
  column<AlertRow>('Resolved at', 'timestamp', (a) => a.resolvedAt),
];
