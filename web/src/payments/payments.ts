import type { TrancheView } from '../../../shared/schemas/tranche';

/** What DfE has paid so far: the released tranches. */
export function paidToDate(tranches: readonly TrancheView[]): number {
  return tranches.filter((t) => t.status === 'released').reduce((sum, t) => sum + t.amount, 0);
}

/** The next tranche not yet released, by due date (withheld and suspended ones included). */
export function nextTranche(tranches: readonly TrancheView[]): TrancheView | undefined {
  return tranches
    .filter((t) => t.status !== 'released')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id))[0];
}
