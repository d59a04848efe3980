import type { Agreement } from '../../schemas/agreement';

/**
 * Flat copies, on the current agreement's index item, of the figures the DfE overview
 * reads: the planned cumulative deficit by financial year (a map of numbers, so the
 * overview projects the one year it shows) and the tranches' terms as one string. Reading
 * these instead of the trajectory and tranche lists keeps the overview's cost nearly flat
 * in the number of councils. Written in the agreement's own Put, so never out of step.
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
