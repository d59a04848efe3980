import type { AuditEntry } from '../../../shared/data/audit';
import { ROLE_NAMES, auditActionName } from '../../../shared/schemas/names';
import { column } from './columns';

const json = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));

/** The audit trail as a table, newest first: who did what, when, before and after. */
export const AUDIT_COLUMNS = [
  column<AuditEntry>('When', 'timestamp', (e) => e.at),
  column<AuditEntry>('Who', 'text', (e) => e.actor.sub),
  column<AuditEntry>('Role', 'text', (e) =>
    e.actor.role === 'system' ? 'The service' : ROLE_NAMES[e.actor.role],
  ),
  column<AuditEntry>('What happened', 'text', (e) => auditActionName(e.action)),
  column<AuditEntry>('Action code', 'text', (e) => e.action),
  column<AuditEntry>('What it changed', 'text', (e) => e.entity),
  column<AuditEntry>('Before', 'text', (e) => json(e.before)),
  column<AuditEntry>('After', 'text', (e) => json(e.after)),
];
