import { api } from './client';
import { councilApi, withSignal } from './paths';

/** One change to a council's data. */
export interface AuditEntry {
  at: string;
  actor: { sub: string; role: string };
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

/** A page of the council's audit trail, newest first. */
export function listAudit(
  laCode: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<AuditPage> {
  const query = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
  if (cursor) query.set('cursor', cursor);
  return api<AuditPage>(councilApi(laCode, `/audit?${query}`), withSignal(signal));
}
