import type { ReturnStatus } from './return-content';

/**
 * A return's life: `draft` → `submitted` → `accepted` | `returned`; a returned return
 * is edited and submitted again. Only drafts and returned returns can be edited or
 * submitted; only submitted ones reviewed.
 */
const EDITABLE: ReadonlySet<ReturnStatus> = new Set(['draft', 'returned']);

export function canEditReturn(status: ReturnStatus): boolean {
  return EDITABLE.has(status);
}

export function canSubmitReturn(status: ReturnStatus): boolean {
  return EDITABLE.has(status);
}

export function canReviewReturn(status: ReturnStatus): boolean {
  return status === 'submitted';
}

export function statusAfterReview(decision: 'accept' | 'return'): ReturnStatus {
  return decision === 'accept' ? 'accepted' : 'returned';
}

/** Statuses whose content stands as the council's report for the period. */
export function isReported(status: ReturnStatus): boolean {
  return status === 'submitted' || status === 'accepted';
}
