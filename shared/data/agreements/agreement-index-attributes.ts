import type { Agreement } from '../../schemas/agreement';

/**
 * Flat copies, on the agreement's summary item (agreement-summary.ts), of the figures the
 * DfE overview reads: the planned cumulative deficit by financial year (a map of numbers)
 * and the tranches' terms as one string, instead of the trajectory and tranche lists.
 * Agreements saved before summaries existed may carry them on the agreement itself.
 */
export interface AgreementIndexAttributes {
  plannedDeficitByYear: Record<string, number>;
  /** JSON of `[id, financialYear, dueOn, amount]` per tranche, in the agreement's order. */
  trancheSchedule: string;
}

export type ScheduledTranche = Pick<
  Agreement['tranches'][number],
  'id' | 'financialYear' | 'dueOn' | 'amount'
>;

/** A tranche's terms as the overview keeps them: `[id, financialYear, dueOn, amount]`. */
export type TrancheTerms = [id: string, financialYear: string, dueOn: string, amount: number];

export function plannedDeficitByYear(trajectory: Agreement['trajectory']): Record<string, number> {
  return Object.fromEntries(trajectory.map((t) => [t.financialYear, t.plannedCumulativeDeficit]));
}

export function trajectoryFromPlanned(planned: Record<string, number>) {
  return Object.entries(planned).map(([financialYear, plannedCumulativeDeficit]) => ({
    financialYear,
    plannedCumulativeDeficit,
  }));
}

export function trancheTerms(tranches: readonly ScheduledTranche[]): TrancheTerms[] {
  return tranches.map((t) => [t.id, t.financialYear, t.dueOn, t.amount]);
}

export function tranchesFromTerms(terms: readonly TrancheTerms[]): ScheduledTranche[] {
  return terms.map(([id, financialYear, dueOn, amount]) => ({ id, financialYear, dueOn, amount }));
}

export function agreementIndexAttributes(
  agreement: Pick<Agreement, 'trajectory' | 'tranches'>,
): AgreementIndexAttributes {
  return {
    plannedDeficitByYear: plannedDeficitByYear(agreement.trajectory),
    trancheSchedule: JSON.stringify(trancheTerms(agreement.tranches)),
  };
}

export function parseTrancheSchedule(schedule: string): ScheduledTranche[] {
  return tranchesFromTerms(JSON.parse(schedule) as TrancheTerms[]);
}
