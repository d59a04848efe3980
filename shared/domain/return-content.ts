/** What a periodic return holds, section by section; amounts in whole pounds. */

export const RETURN_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
/** A condition's status, as the council reports it and as DfE assesses it. */
export const CONDITION_STATUSES = ['met', 'on-track', 'at-risk', 'not-met'] as const;
export const RAGS = ['green', 'amber', 'red'] as const;
export const REVIEW_DECISIONS = ['accept', 'return'] as const;

/** The finance section's fields, in the order they are shown and compared. */
export const FINANCE_FIELDS = [
  'highNeedsIncome',
  'highNeedsExpenditure',
  'forecastInYearBalance',
  'forecastCumulativeDeficit',
  'savingsTarget',
  'savingsAchieved',
  'schoolsBlockTransfer',
  'councilContribution',
] as const;
export const DEMAND_FIELDS = [
  'ehcpsTotal',
  'newEhcps',
  'assessmentRequests',
  'plansCeased',
  'issuedWithin20WeeksPct',
  'annualReviewBacklog',
  'awaitingSpecialistPlace',
] as const;
/** Children with EHCPs by setting (DfE's SEN2 categories). */
export const PLACEMENT_FIELDS = [
  'mainstream',
  'resourcedProvision',
  'laMaintainedSpecial',
  'academySpecial',
  'independentSpecial',
  'nonMaintainedSpecial',
  'alternativeProvision',
  'post16',
  'other',
] as const;

export type ReturnStatus = (typeof RETURN_STATUSES)[number];
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];
export type Rag = (typeof RAGS)[number];
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export type PlacementField = (typeof PLACEMENT_FIELDS)[number];

export interface Finance {
  highNeedsIncome: number;
  highNeedsExpenditure: number;
  /** Positive = surplus, negative = deficit. */
  forecastInYearBalance: number;
  /** At the financial year end; positive = deficit (money owed). */
  forecastCumulativeDeficit: number;
  savingsTarget?: number;
  savingsAchieved?: number;
  schoolsBlockTransfer?: number;
  councilContribution?: number;
}

export interface Demand {
  ehcpsTotal: number;
  newEhcps: number;
  assessmentRequests?: number;
  plansCeased?: number;
  issuedWithin20WeeksPct?: number;
  annualReviewBacklog?: number;
  awaitingSpecialistPlace?: number;
}

export type Placements = Record<PlacementField, number>;

export interface ConditionReport {
  conditionId: string;
  status: ConditionStatus;
  statement: string;
  evidence?: string;
}

export interface Workstream {
  name: string;
  rag: Rag;
  note?: string;
}

export interface Risk {
  title: string;
  rag: Rag;
  mitigation?: string;
}

/** Savings by one of the agreement's mitigations, for the return's financial year. */
export interface MitigationReport {
  mitigationId: string;
  savingsToDate: number;
  forecastSavings: number;
  rag: Rag;
  note?: string;
}

/** A complete return's content: what a submitted return holds. */
export interface ReturnContent {
  finance: Finance;
  demand: Demand;
  placements: Placements;
  conditions: ConditionReport[];
  workstreams: Workstream[];
  risks: Risk[];
  mitigations?: MitigationReport[];
  narrative: string;
}

/** A draft may leave out any section and field; list entries keep the field that names them. */
export interface ReturnDraft {
  finance?: Partial<Finance>;
  demand?: Partial<Demand>;
  placements?: Partial<Placements>;
  conditions?: (Partial<ConditionReport> & Pick<ConditionReport, 'conditionId'>)[];
  workstreams?: (Partial<Workstream> & Pick<Workstream, 'name'>)[];
  risks?: (Partial<Risk> & Pick<Risk, 'title'>)[];
  mitigations?: (Partial<MitigationReport> & Pick<MitigationReport, 'mitigationId'>)[];
  narrative?: string;
}
