export { AUDIT_ACTIONS, auditActionName } from '../../../shared/schemas/names';

/** A before or after value as readable JSON, or nothing for an empty one. */
export function auditValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.stringify(value, null, 2);
}
