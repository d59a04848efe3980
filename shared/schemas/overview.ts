import * as z from 'zod';
import {
  ALERT_SEVERITIES,
  OVERVIEW_RETURN_STATUSES,
  OVERVIEW_SORTS,
  type OverviewQuery as DomainOverviewQuery,
  type OverviewRow as DomainOverviewRow,
} from '../domain';
import { AgreementStatus, Programme, TrancheStatus } from './agreement';
import { IsoDate, LaCode, Pounds } from './common';
import { ReformPlanStatus } from './reform-plan';
import { Period } from './return-content';
import type { Proof, SameType } from './same-type';
import { StabilityGrantStatus } from './stability-grant';

export const OverviewReturnStatus = z.enum(OVERVIEW_RETURN_STATUSES);
export const OverviewSort = z.enum(OVERVIEW_SORTS);

export const OverviewQuery = z.object({
  period: Period.optional().meta({
    description:
      'Defaults to the latest quarter, due by today, that any council has submitted a return for (else the latest quarter whose returns are due)',
  }),
  sort: OverviewSort.default('name').optional(),
  programme: Programme.optional(),
  returnStatus: OverviewReturnStatus.optional(),
  severity: z
    .enum(ALERT_SEVERITIES)
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
    openAlerts: z.object({ amber: z.number().int(), red: z.number().int() }).meta({
      description: 'The council’s open alerts by severity: neither acknowledged nor resolved',
    }),
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

export type OverviewQuery = DomainOverviewQuery;
export type OverviewRow = DomainOverviewRow;
export type OverviewReturnStatus = z.infer<typeof OverviewReturnStatus>;

// The domain owns these types; the schemas must parse exactly them.
type _Checks = [
  Proof<SameType<z.infer<typeof OverviewQuery>, DomainOverviewQuery>>,
  Proof<SameType<z.infer<typeof OverviewRow>, DomainOverviewRow>>,
];
