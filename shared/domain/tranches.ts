import type { TrancheDecisionKind, TrancheStatus } from './agreement';
import type { ConditionStatus } from './return-content';
import { refusalOnceReleased } from './decisions';

/**
 * The tranche (instalment) state machine:
 *   scheduled → released | withheld | suspended
 *   withheld  → released (back-paid) | suspended
 *   suspended → released (back-paid) | withheld
 *   released is final.
 */
export interface TrancheState {
  status: TrancheStatus;
  /** True once a withheld or suspended tranche has been released. */
  backPaid: boolean;
}

export interface TrancheDecisionRequest {
  decision: TrancheDecisionKind;
  reason?: string;
  override?: boolean;
}

export interface TrancheDecisionContext {
  /** The conditions the tranche is linked to. */
  conditionIds: readonly string[];
  /** The latest DfE assessment of each condition; a missing one has not been assessed. */
  latestAssessments: Readonly<Record<string, ConditionStatus | undefined>>;
}

/** Why a decision cannot be taken: `reason-required` is a 422, the rest are 409s. */
export type TrancheDecisionError =
  | { kind: 'final'; message: string }
  | { kind: 'unchanged'; message: string }
  | { kind: 'conditions-blocking'; message: string; conditionIds: string[] }
  | { kind: 'reason-required'; message: string };

export type TrancheDecisionOutcome =
  | {
      ok: true;
      state: TrancheState;
      /** Blocking conditions the release went ahead over, to record with the decision. */
      overriddenConditionIds: string[];
    }
  | { ok: false; error: TrancheDecisionError };

const TARGET: Record<TrancheDecisionKind, TrancheStatus> = {
  release: 'released',
  withhold: 'withheld',
  suspend: 'suspended',
};

/** Assessments that block a release; so does having none. */
const BLOCKING: ReadonlySet<ConditionStatus> = new Set(['at-risk', 'not-met']);

/** The linked conditions whose latest DfE assessment is at risk, not met or missing. */
export function blockingConditions(context: TrancheDecisionContext): string[] {
  return [...new Set(context.conditionIds)].filter((id) => {
    const assessed = context.latestAssessments[id];
    return assessed === undefined || BLOCKING.has(assessed);
  });
}

export function decideTranche(
  current: TrancheState,
  request: TrancheDecisionRequest,
  context: TrancheDecisionContext,
): TrancheDecisionOutcome {
  const target = TARGET[request.decision];
  const final = refusalOnceReleased(current.status === 'released', 'The tranche');
  if (final) return { ok: false, error: { kind: 'final', message: final } };
  if (current.status === target) {
    return {
      ok: false,
      error: { kind: 'unchanged', message: `The tranche is already ${target}.` },
    };
  }
  if (target !== 'released') {
    return { ok: true, state: { status: target, backPaid: false }, overriddenConditionIds: [] };
  }

  const blocking = blockingConditions(context);
  if (blocking.length > 0 && !request.override) {
    return {
      ok: false,
      error: {
        kind: 'conditions-blocking',
        conditionIds: blocking,
        message: `The tranche cannot be released while ${blocking.length === 1 ? 'condition' : 'conditions'} ${blocking.join(', ')} ${blocking.length === 1 ? 'is' : 'are'} at risk, not met or not yet assessed by DfE; release with override and a reason to go ahead.`,
      },
    };
  }
  if (request.override && !request.reason?.trim()) {
    return {
      ok: false,
      error: { kind: 'reason-required', message: 'Give the reason for overriding the conditions.' },
    };
  }
  return {
    ok: true,
    // Released after being held back: the money is paid late, i.e. back-paid.
    state: { status: 'released', backPaid: current.status !== 'scheduled' },
    overriddenConditionIds: request.override ? blocking : [],
  };
}
