import type { Actor } from './actor';
import type { PlacementField } from './return-content';
import type { Role } from './roles';

/** The DfE programme an agreement belongs to: Safety Valve or Delivering Better Value. */
export const PROGRAMMES = ['safety-valve', 'dbv'] as const;
export const AGREEMENT_STATUSES = [
  'proposed',
  'active',
  'under-review',
  'rejected',
  'completed',
] as const;
/** How often the council reports: quarterly, three times a year (termly), or monthly. */
export const CADENCES = ['quarterly', 'termly', 'monthly'] as const;
export const MEASURE_DIRECTIONS = ['increase', 'decrease'] as const;
export const TRANCHE_STATUSES = ['scheduled', 'released', 'withheld', 'suspended'] as const;
export const TRANCHE_DECISION_KINDS = ['release', 'withhold', 'suspend'] as const;

export type Programme = (typeof PROGRAMMES)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export type Cadence = (typeof CADENCES)[number];
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];
export type TrancheStatus = (typeof TRANCHE_STATUSES)[number];
export type TrancheDecisionKind = (typeof TRANCHE_DECISION_KINDS)[number];

/** One financial year of the agreed trajectory, in whole pounds. */
export interface TrajectoryYear {
  financialYear: string;
  plannedCumulativeDeficit: number;
  plannedInYearBalance?: number;
  /** With the council's own recovery actions, before any Safety Valve contribution. */
  mitigatedCumulativeDeficit?: number;
  /** If nothing changes: no recovery plan at all. */
  unmitigatedCumulativeDeficit?: number;
  /** In-year cost of running the programme charged to the DSG. */
  programmeCost?: number;
  /** In-year contribution from the council's general fund. */
  councilContribution?: number;
  plannedEhcps?: number;
}

export interface MeasureTarget {
  financialYear: string;
  value: number;
}

/** What a condition is measured by: a return field or a council's own measure, with targets. */
export interface Measure {
  key: string;
  unit: string;
  direction: MeasureDirection;
  targets: MeasureTarget[];
}

export interface Condition {
  id: string;
  title: string;
  description?: string;
  measure?: Measure;
}

/** One instalment of the DfE contribution, paid subject to the conditions it names. */
export interface Tranche {
  id: string;
  financialYear: string;
  amount: number;
  dueOn: string;
  conditionIds: string[];
}

export interface PlannedSaving {
  financialYear: string;
  amount: number;
}

/** One of the plan's actions, with the savings it is planned to make each year. */
export interface Mitigation {
  id: string;
  title: string;
  workstream?: string;
  plannedSavings: PlannedSaving[];
}

/** Where the plan started from: EHCPs and spend by setting at a date. */
export interface Baseline {
  asAt: string;
  source: string;
  ehcpsTotal: number;
  placements?: Partial<Record<PlacementField, number>>;
  expenditure?: Partial<Record<PlacementField, number>>;
}

/** How far off trajectory a council may be before an alert is raised. */
export interface Tolerances {
  cumulativeDeficitPct: number;
  cumulativeDeficitAbs: number;
  ehcpGrowthPct: number;
}

/** An agreement's terms as checked by the domain rules (defaults applied). */
export interface AgreementInput {
  programme: Programme;
  status: AgreementStatus;
  signedOn?: string;
  firstYear: string;
  lastYear: string;
  cadence: Cadence;
  returnDueDays: number;
  dfeContributionTotal: number;
  councilContributionTotal?: number;
  trajectory: TrajectoryYear[];
  conditions: Condition[];
  tranches: Tranche[];
  mitigations?: Mitigation[];
  baseline?: Baseline;
  tolerances: Tolerances;
  reason?: string;
}

/** One version of a council's agreement. */
export interface Agreement extends AgreementInput {
  laCode: string;
  version: number;
  createdAt: string;
  createdBy: Actor<Role>;
}
