import type { Actor } from '../../schemas/agreement';
import type {
  ReadyForSignOff,
  Review,
  ReturnDraft,
  ReturnStatus,
  SignOff,
} from '../../schemas/return-content';

/** A return as stored: its content now, its state, and the facts of its submission and review. */
export interface ReturnRecord {
  laCode: string;
  period: string;
  financialYear: string;
  status: ReturnStatus;
  /** Moves on with every save and status change; `If-Match` names it. */
  version: number;
  dueOn: string;
  content: ReturnDraft;
  createdAt: string;
  updatedAt: string;
  updatedBy: Actor;
  submittedAt?: string;
  submittedBy?: Actor;
  signOff?: SignOff;
  review?: Review;
  /** Set when an editor sends it for sign-off; any later change clears it. */
  readyForSignOff?: ReadyForSignOff;
}

export type ReturnAction = 'saved' | 'ready' | 'submitted' | 'returned' | 'accepted';

/** One entry of a return's history: a saved version or a status change. */
export interface ReturnHistoryEntry {
  period: string;
  version: number;
  action: ReturnAction;
  status: ReturnStatus;
  at: string;
  actor: Actor;
  /** The content as it was at this version (saves and submissions). */
  content?: ReturnDraft;
  signOff?: SignOff;
  review?: Review;
}
