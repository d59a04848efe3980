import type { Actor } from '../audit';

/** A person's notification choice as stored; `partition` is their council, or DFE. */
export interface NotificationSettingsRecord {
  partition: string;
  sub: string;
  audience: 'council' | 'dfe';
  /**
   * The person's role when they saved (absent on settings saved before roles were kept,
   * whose `updatedBy.role` says the same: see list-subscribers.ts).
   */
  role?: string;
  email?: string;
  events: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: Actor;
}
