import type { AlertingDeps } from '../../shared/alerts/apply-outcomes';

/** A change the alert rules react to, with the item before and after. */
export interface Change {
  type: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

export interface ChangeHandler {
  (change: Change, deps: AlertingDeps): Promise<void>;
  /**
   * Reads, into `deps.reads`, facts the handler will need for all the batch's changes
   * of its type at once, before any is handled (a failure only leaves each to read its own).
   */
  readAhead?: (changes: readonly Change[], deps: AlertingDeps) => Promise<void>;
}
