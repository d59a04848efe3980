import { ALERT_RULES, ALERT_SEVERITIES, ALERT_STATUSES } from '../../../shared/domain';
import type { AlertRule, AlertSeverity, AlertStatus } from '../../../shared/schemas/alert';
import type { AlertFilters } from '../api/alerts';

const STATUSES: readonly string[] = ALERT_STATUSES;
const SEVERITIES: readonly string[] = ALERT_SEVERITIES;
const RULES: readonly string[] = ALERT_RULES;

/**
 * The filters in an alerts page's address. Open alerts unless `status=all`; anything
 * not a known value is ignored rather than sent to the API to be refused.
 */
export function readAlertFilters(search: string): AlertFilters & { allStatuses: boolean } {
  const query = new URLSearchParams(search);
  const status = query.get('status') ?? 'open';
  const severity = query.get('severity') ?? '';
  const rule = query.get('rule') ?? '';
  return {
    allStatuses: status === 'all',
    ...(STATUSES.includes(status) ? { status: status as AlertStatus } : {}),
    ...(SEVERITIES.includes(severity) ? { severity: severity as AlertSeverity } : {}),
    ...(RULES.includes(rule) ? { rule: rule as AlertRule } : {}),
  };
}

/** The council the alerts across councils are narrowed to (`?laCode=351`), if a valid code. */
export function readCouncilFilter(search: string): string | undefined {
  const laCode = new URLSearchParams(search).get('laCode') ?? '';
  return /^\d{3}$/.test(laCode) ? laCode : undefined;
}

/** The address's query for a set of filters; open alerts are the default and need none. */
export function alertFiltersSearch(filters: {
  status: string;
  severity: string;
  rule: string;
  laCode?: string;
}): string {
  const query = new URLSearchParams();
  if (filters.status && filters.status !== 'open') query.set('status', filters.status);
  if (filters.severity) query.set('severity', filters.severity);
  if (filters.rule) query.set('rule', filters.rule);
  if (filters.laCode) query.set('laCode', filters.laCode);
  const text = query.toString();
  return text ? `?${text}` : '';
}
