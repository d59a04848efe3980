import type { TrancheDecisionKind, TrancheStatus } from '../../../shared/schemas/agreement';
import type { FieldError } from '../../../shared/domain';

export const DECISION_NAMES: Record<TrancheDecisionKind, string> = {
  release: 'Release the payment',
  withhold: 'Withhold the payment',
  suspend: 'Suspend the payment',
};

export const DECISION_HINTS: Record<TrancheDecisionKind, string> = {
  release: 'DfE pays it. A release is final.',
  withhold: 'DfE holds it back until progress is satisfactory; it can be paid later.',
  suspend: 'DfE stops it while the agreement is reviewed; it can be paid later.',
};

const TARGETS: Record<TrancheDecisionKind, TrancheStatus> = {
  release: 'released',
  withhold: 'withheld',
  suspend: 'suspended',
};

/** The decisions that would change a payment: none once it is released. */
export function decisionChoices(status: TrancheStatus): TrancheDecisionKind[] {
  if (status === 'released') return [];
  return (Object.keys(TARGETS) as TrancheDecisionKind[]).filter((d) => TARGETS[d] !== status);
}

/** The conditions a refused release names (409, `errors: [{path: 'conditions.<id>'}]`). */
export function blockingConditionIds(errors: readonly FieldError[] | undefined): string[] {
  return (errors ?? []).flatMap((e) => {
    const match = /^conditions\.(.+)$/.exec(e.path);
    return match?.[1] ? [match[1]] : [];
  });
}
