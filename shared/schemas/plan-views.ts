import * as z from 'zod';
import { ClientId, FinancialYear, PlannedSaving } from './agreement';
import { Pounds } from './common';
import { Period, Rag } from './return-content';

/** One row of `GET …/agreement/recovery-profile` (see shared/domain/recovery-profile.ts). */
export const RecoveryProfileRow = z
  .object({
    financialYear: FinancialYear,
    unmitigatedCumulativeDeficit: Pounds.optional().meta({
      description: 'Without any recovery plan',
    }),
    mitigatedCumulativeDeficit: Pounds.optional().meta({
      description: "With the council's recovery plan, before DfE contributions",
    }),
    afterEarlierContributions: Pounds.optional().meta({
      description: "The mitigated deficit less every earlier year's DfE and council contributions",
    }),
    dfeContribution: Pounds.meta({ description: "The year's tranche amounts" }),
    councilContribution: Pounds,
    programmeCost: Pounds,
    plannedCumulativeDeficit: Pounds.meta({ description: 'The cumulative deficit agreed' }),
    reconciles: z.boolean(),
    difference: Pounds.meta({
      description:
        'planned − (afterEarlierContributions − dfeContribution − councilContribution + programmeCost)',
    }),
  })
  .meta({ id: 'RecoveryProfileRow' });

export const RecoveryProfile = z
  .object({ items: z.array(RecoveryProfileRow) })
  .meta({ id: 'RecoveryProfile' });

export const MitigationYear = z.object({
  financialYear: FinancialYear,
  plannedSavings: Pounds,
  period: Period.optional().meta({ description: 'The latest submitted return of the year' }),
  savingsToDate: Pounds.optional(),
  forecastSavings: Pounds.optional(),
  rag: Rag.optional(),
});

export const MitigationSavings = z
  .object({
    id: ClientId,
    title: z.string(),
    workstream: z.string().optional(),
    plannedSavings: z.array(PlannedSaving),
    years: z.array(MitigationYear),
  })
  .meta({ id: 'MitigationSavings' });

export const SavingsTotal = z.object({
  financialYear: FinancialYear,
  plannedSavings: Pounds,
  savingsToDate: Pounds.optional(),
  forecastSavings: Pounds.optional(),
});

/** `GET …/mitigations`. */
export const MitigationSavingsList = z
  .object({ items: z.array(MitigationSavings), totals: z.array(SavingsTotal) })
  .meta({ id: 'MitigationSavingsList' });

export type RecoveryProfileRow = z.infer<typeof RecoveryProfileRow>;
export type RecoveryProfile = z.infer<typeof RecoveryProfile>;
export type MitigationSavings = z.infer<typeof MitigationSavings>;
export type SavingsTotal = z.infer<typeof SavingsTotal>;
export type MitigationSavingsList = z.infer<typeof MitigationSavingsList>;
