import type { Actor } from '../../schemas/agreement';
import type { DeficitFigure, GrantDecision } from '../../schemas/stability-grant';
import type { Determination, EligibilityBasis } from '../../domain';

/** A council's stability grant as stored: the figures, DfE's determination, the payment. */
export interface StabilityGrantRecord {
  laCode: string;
  version: number;
  asAt: string;
  sources: DeficitFigure[];
  explanation?: string;
  /** The determination that stands on these figures; replacing the figures clears it. */
  determination?: Determination;
  /** Set once DfE releases the grant: what was paid, final. */
  paid?: { grant: number; eligibleDeficit: number; basis: EligibilityBasis; paidAt: string };
  updatedAt: string;
  updatedBy: Actor;
}

export interface StabilityGrantState {
  record: StabilityGrantRecord | undefined;
  /** Every decision, oldest first. */
  decisions: GrantDecision[];
}
