import type { AgreementStatus, Programme, TrancheStatus } from './agreement';
import type { AlertSeverity } from './alert';
import type { ReformPlanStatus } from './reform-plans';
import { RETURN_STATUSES } from './return-content';
import type { StabilityGrantStatus } from './stability-grant';

/** A council's return for a period on the overview: its status, or `missing` when none exists. */
export const OVERVIEW_RETURN_STATUSES = [...RETURN_STATUSES, 'missing'] as const;
export const OVERVIEW_SORTS = ['variance', 'variancePct', 'name', 'late'] as const;

export type OverviewReturnStatus = (typeof OVERVIEW_RETURN_STATUSES)[number];
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

/** What the DfE overview is asked for: a period, an order and filters. */
export interface OverviewQuery {
  period?: string;
  sort?: OverviewSort;
  programme?: Programme;
  returnStatus?: OverviewReturnStatus;
  severity?: AlertSeverity;
}

export interface NextTranche {
  id: string;
  financialYear: string;
  amount: number;
  dueOn: string;
  status: TrancheStatus;
}

/** The council's latest submitted return of any period: its forecast against the plan for that return's year. */
export interface LatestPosition {
  period: string;
  forecastCumulativeDeficit: number | null;
  plannedCumulativeDeficit: number | null;
  variance: number | null;
}

/** One council on the DfE overview for a period. */
export interface OverviewRow {
  laCode: string;
  name: string;
  region?: string;
  programme: Programme | null;
  agreementStatus: AgreementStatus | null;
  /** The council's own reporting period covering the end of the requested one. */
  period: string | null;
  returnStatus: OverviewReturnStatus;
  dueOn: string | null;
  late: boolean;
  financialYear: string;
  forecastCumulativeDeficit: number | null;
  plannedCumulativeDeficit: number | null;
  /** Forecast minus planned cumulative deficit: positive is worse than plan. */
  variance: number | null;
  /** Variance as a percentage of |planned|, one decimal place. */
  variancePct: number | null;
  openAlerts: { amber: number; red: number };
  /** The worst open alert, green when none. */
  rag: 'red' | 'amber' | 'green';
  dfePaidToDate: number;
  nextTranche: NextTranche | null;
  latest: LatestPosition | null;
  reformPlanStatus: ReformPlanStatus | 'none';
  stabilityGrant: {
    status: StabilityGrantStatus;
    /** Null until there are deficit figures. */
    grant: number | null;
  };
}
