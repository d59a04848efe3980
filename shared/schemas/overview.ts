import * as z from 'zod';
import { AgreementStatus, Programme, TrancheStatus } from './agreement';
import { IsoDate, LaCode, Pounds } from './common';
import { ReformPlanStatus } from './reform-plan';
import { Period, ReturnStatus } from './return-content';
import { StabilityGrantStatus } from './stability-grant';

export const OverviewReturnStatus = z.enum([...ReturnStatus.options, 'missing']);
export const OverviewSort = z.enum(['variance', 'variancePct', 'name', 'late']);

export const OverviewQuery = z.object({
  period: Period.optional().meta({
    description:
      'Defaults to the latest quarter, due by today, that any council has submitted a return for (else the latest quarter whose returns are due)',
  }),
  sort: OverviewSort.default('name').optional(),
  programme: Programme.optional(),
  returnStatus: OverviewReturnStatus.optional(),
  severity: z
    .enum(['amber', 'red'])
    .optional()
    .meta({ description: 'Councils with an open alert of this severity' }),
});

export const NextTranche = z
  .object({
    id: z.string(),
    financialYear: z.string(),
    amount: Pounds,
    dueOn: IsoDate,
    status: TrancheStatus,
  })
  .meta({ id: 'NextTranche' });

/** One council on the DfE overview for a period. */
export const OverviewRow = z
  .object({
    laCode: LaCode,
    name: z.string(),
    region: z.string().optional(),
    programme: Programme.nullable(),
    agreementStatus: AgreementStatus.nullable(),
    /** The council's own reporting period covering the end of the requested one. */
    period: Period.nullable(),
    returnStatus: OverviewReturnStatus,
    dueOn: IsoDate.nullable(),
    late: z.boolean(),
    financialYear: z.string(),
    forecastCumulativeDeficit: Pounds.nullable(),
    plannedCumulativeDeficit: Pounds.nullable(),
    variance: Pounds.nullable().meta({
      description: 'Forecast minus planned cumulative deficit: positive is worse than plan',
    }),
    variancePct: z
      .number()
      .nullable()
      .meta({ description: 'Variance as a percentage of |planned|, one decimal place' }),
    openAlerts: z.object({ amber: z.number().int(), red: z.number().int() }),
    rag: z
      .enum(['red', 'amber', 'green'])
      .meta({ description: 'The worst open alert, green when none' }),
    dfePaidToDate: Pounds,
    nextTranche: NextTranche.nullable(),
    latest: z
      .object({
        period: Period,
        forecastCumulativeDeficit: Pounds.nullable(),
        plannedCumulativeDeficit: Pounds.nullable(),
        variance: Pounds.nullable(),
      })
      .nullable()
      .meta({
        id: 'LatestPosition',
        description:
          "The council's latest submitted return of any period: its forecast against the plan for that return's year",
      }),
    reformPlanStatus: z.union([ReformPlanStatus, z.literal('none')]),
    stabilityGrant: z.object({
      status: StabilityGrantStatus,
      grant: Pounds.nullable().meta({ description: 'Null until there are deficit figures' }),
    }),
  })
  .meta({ id: 'OverviewRow' });

export const Overview = z
  .object({ period: Period, financialYear: z.string(), items: z.array(OverviewRow) })
  .meta({ id: 'Overview' });

export type OverviewQuery = z.infer<typeof OverviewQuery>;
export type OverviewRow = z.infer<typeof OverviewRow>;
export type OverviewReturnStatus = z.infer<typeof OverviewReturnStatus>;
