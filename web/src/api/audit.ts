import { api } from './client';
import { councilApi, withSignal } from './paths';

/** One change to a council's data. */
export interface AuditEntry {
  at: string;
  actor: { sub: string; role: string; name?: string };
  action: string;
  entity: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

export const AUDIT_PAGE_SIZE = 20;

/** What the trail is narrowed to: who (a name, or a sub), what (an action), which days. */
export interface AuditFilters {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** A page of the council's audit trail, newest first. */
export function listAudit(
  laCode: string,
  cursor: string | null,
  signal?: AbortSignal,
  filters: AuditFilters = {},
  limit = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const query = new URLSearchParams({ limit: String(limit) });
  for (const [key, value] of Object.entries(filters) as [string, string | undefined][]) {
    if (value) query.set(key, value);
  }
  if (cursor) query.set('cursor', cursor);
  return api<AuditPage>(councilApi(laCode, `/audit?${query}`), withSignal(signal));
}
