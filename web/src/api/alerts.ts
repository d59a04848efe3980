import type { Alert, AlertRule, AlertSeverity, AlertStatus } from '../../../shared/schemas/alert';
import { api } from './client';
import { councilApi, withSignal } from './paths';

export type { Alert, AlertRule, AlertSeverity, AlertStatus };

export interface AlertFilters {
  status?: AlertStatus;
  severity?: AlertSeverity;
  rule?: AlertRule;
}

/** Across councils (DfE), the list may also be narrowed to one council. */
export interface AllAlertFilters extends AlertFilters {
  laCode?: string;
}

const PAGE_SIZE = 200;

/** Follows an alert list's pages to the end (open alerts are few; history may be long). */
async function allPages(base: string, filters: AllAlertFilters, signal?: AbortSignal) {
  const alerts: Alert[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    const entries = Object.entries(filters) as [string, string | undefined][];
    for (const [key, value] of entries) if (value) query.set(key, value);
    if (cursor) query.set('cursor', cursor);
    const page: { items: Alert[]; nextCursor: string | null } = await api(
      `${base}?${query}`,
      withSignal(signal),
    );
    alerts.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return alerts;
}

/** One council's alerts. */
export function listCouncilAlerts(
  laCode: string,
  filters: AlertFilters = {},
  signal?: AbortSignal,
): Promise<Alert[]> {
  return allPages(councilApi(laCode, '/alerts'), filters, signal);
}

/** Alerts across every council (DfE only). */
export function listAlerts(filters: AllAlertFilters = {}, signal?: AbortSignal): Promise<Alert[]> {
  return allPages('/api/v1/alerts', filters, signal);
}

/**
 * Acknowledges an alert as the user saw it: `version` is sent as If-Match, so an alert
 * whose figures changed since is refused (412) rather than acknowledged unseen.
 */
export function acknowledgeAlert(
  laCode: string,
  alertId: string,
  note: string,
  version: number | undefined,
): Promise<Alert> {
  return api<Alert>(councilApi(laCode, `/alerts/${encodeURIComponent(alertId)}/acknowledge`), {
    method: 'POST',
    body: { note },
    ...(version !== undefined ? { headers: { 'If-Match': `"${version}"` } } : {}),
  });
}
