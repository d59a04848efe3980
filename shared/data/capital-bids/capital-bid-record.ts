import type { BidStatus, Role } from '../../domain';
import type {
  CapitalDecisionInput,
  SchemeInput,
  SchemeProgressInput,
} from '../../schemas/capital-bid';

/** Who made a change to a bid: always a person acting in a role. */
export interface Actor {
  sub: string;
  role: Role;
}

/** A scheme as stored: what the council entered and, once recorded, its delivery. */
export interface StoredScheme extends SchemeInput {
  progress?: SchemeProgressInput & { updatedAt: string; updatedBy: Actor };
}

export interface StoredDecision extends CapitalDecisionInput {
  schemes: NonNullable<CapitalDecisionInput['schemes']>;
  decidedAt: string;
  decidedBy: Actor;
}

/** A capital bid as stored: one item, versioned for optimistic locking. */
export interface CapitalBidRecord {
  laCode: string;
  bidId: string;
  version: number;
  /** Derived from `submittedOn` and the decision; stored so the collection sorts by it. */
  status: BidStatus;
  title: string;
  submittedOn?: string;
  requested: number;
  note?: string;
  schemes: StoredScheme[];
  decision?: StoredDecision;
  createdAt: string;
  updatedAt: string;
  updatedBy: Actor;
}
