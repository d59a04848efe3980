import type { TrancheView } from '../../../shared/schemas/tranche';

/** What DfE has paid so far: the released tranches. */
export function paidToDate(tranches: readonly TrancheView[]): number {
  return tranches.filter((t) => t.status === 'released').reduce((sum, t) => sum + t.amount, 0);
}

/**
 * A tranche past its due date that DfE has not decided on yet: overdue for a decision,
 * not "next". (A withheld or suspended one has had its decision.)
 */
export function awaitsOverdueDecision(
  tranche: Pick<TrancheView, 'status' | 'dueOn'>,
  today: string,
): boolean {
  return tranche.status === 'scheduled' && tranche.dueOn < today;
}

const byDueDate = (a: TrancheView, b: TrancheView) =>
  a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id);

/**
 * The next tranche not yet released, by due date: withheld and suspended ones included,
 * scheduled ones overdue for a decision left out (`overdueDecisions` lists those).
 */
export function nextTranche(
  tranches: readonly TrancheView[],
  today: string,
): TrancheView | undefined {
  return tranches
    .filter((t) => t.status !== 'released' && !awaitsOverdueDecision(t, today))
    .sort(byDueDate)[0];
}

/** The scheduled tranches whose due date has passed with no decision, oldest first. */
export function overdueDecisions(tranches: readonly TrancheView[], today: string): TrancheView[] {
  return tranches.filter((t) => awaitsOverdueDecision(t, today)).sort(byDueDate);
}
