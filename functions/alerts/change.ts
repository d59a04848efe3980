import type { AlertingDeps } from '../../shared/alerts/apply-outcomes';

/** A change the alert rules react to, with the item before and after. */
export interface Change {
  type: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

export type ChangeHandler = (change: Change, deps: AlertingDeps) => Promise<void>;
