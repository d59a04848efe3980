import * as z from 'zod';
import { Actor, Tranche, TrancheDecisionKind, TrancheStatus } from './agreement';
import { Timestamp } from './common';

export const TrancheDecision = z
  .object({
    decision: TrancheDecisionKind,
    reason: z.string(),
    override: z.boolean(),
    /** Conditions at risk, not met or unassessed that an override released over. */
    overriddenConditionIds: z.array(z.string()),
    from: TrancheStatus,
    to: TrancheStatus,
    decidedAt: Timestamp,
    decidedBy: Actor,
  })
  .meta({ id: 'TrancheDecision' });

/** A tranche's terms (from the agreement) with its payment state and decisions. */
export const TrancheView = Tranche.extend({
  status: TrancheStatus,
  backPaid: z.boolean(),
  version: z.number().int().min(0).meta({
    description: 'Changes with each decision (0 before the first): send it back in If-Match',
  }),
  decisions: z.array(TrancheDecision),
}).meta({ id: 'TrancheView' });

/** What is stored per tranche: its state, the decisions so far, and a version for locking. */
export interface TrancheRecord {
  trancheId: string;
  status: z.infer<typeof TrancheStatus>;
  backPaid: boolean;
  decisions: TrancheDecision[];
  version: number;
}

export type TrancheDecision = z.infer<typeof TrancheDecision>;
export type TrancheView = z.infer<typeof TrancheView>;
