import type { AuditFilters } from '../api/audit';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether text is a real day written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The audit trail's filters in a page's address; a malformed day is left out. */
export function readAuditFilters(search: string): AuditFilters {
  const query = new URLSearchParams(search);
  const text = (key: string) => query.get(key)?.trim() ?? '';
  const actor = text('actor');
  const action = text('action');
  const from = text('from');
  const to = text('to');
  const fromOk = isIsoDate(from);
  const toOk = isIsoDate(to) && (!fromOk || from <= to);
  return {
    ...(actor ? { actor } : {}),
    ...(/^[a-z0-9][a-z0-9.-]{0,63}$/.test(action) ? { action } : {}),
    ...(fromOk ? { from } : {}),
    ...(toOk ? { to } : {}),
  };
}

/** The address's query for a set of filters (none: no query). */
export function auditFiltersSearch(filters: AuditFilters): string {
  const query = new URLSearchParams();
  for (const key of ['actor', 'action', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Why the days asked for cannot be used: a message per field, none when they can. */
export function auditDateProblems(from: string, to: string): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (from && !isIsoDate(from)) {
    problems.push({
      path: 'audit-from',
      message: 'Enter the first day as a date, like 2024-03-31',
    });
  }
  if (to && !isIsoDate(to)) {
    problems.push({ path: 'audit-to', message: 'Enter the last day as a date, like 2024-03-31' });
  } else if (from && to && isIsoDate(from) && from > to) {
    problems.push({
      path: 'audit-to',
      message: 'The last day must be the same as or after the first',
    });
  }
  return problems;
}
