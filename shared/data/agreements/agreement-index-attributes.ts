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

export function agreementIndexAttributes(
  agreement: Pick<Agreement, 'trajectory' | 'tranches'>,
): AgreementIndexAttributes {
  return {
    plannedDeficitByYear: Object.fromEntries(
      agreement.trajectory.map((t) => [t.financialYear, t.plannedCumulativeDeficit]),
    ),
    trancheSchedule: JSON.stringify(
      agreement.tranches.map((t) => [t.id, t.financialYear, t.dueOn, t.amount]),
    ),
  };
}

export function parseTrancheSchedule(schedule: string): ScheduledTranche[] {
  return (JSON.parse(schedule) as [string, string, string, number][]).map(
    ([id, financialYear, dueOn, amount]) => ({ id, financialYear, dueOn, amount }),
  );
}
