/**
 * A council's bid to DfE for high needs capital to create local specialist places, the
 * schemes it funds (and those funded otherwise), DfE's decision and each scheme's delivery.
 */

export const PROVISION_TYPES = [
  'special',
  'special-free-school',
  'resourced-provision',
  'mainstream-inclusion',
  'alternative-provision',
  'other',
] as const;
export type ProvisionType = (typeof PROVISION_TYPES)[number];

/** Where a scheme's money comes from: only `this-bid` schemes count against `requested`. */
export const FUNDING_SOURCES = ['this-bid', 'existing-capital', 'central'] as const;
export type FundedFrom = (typeof FUNDING_SOURCES)[number];

export const SCHEME_STATUSES = ['planned', 'in-progress', 'open', 'cancelled'] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];

export const SCHEME_SUPPORT = [
  'strong',
  'supported',
  'further-consideration',
  'not-supported',
] as const;
export type SchemeSupport = (typeof SCHEME_SUPPORT)[number];

export const BID_STATUSES = ['draft', 'submitted', 'awarded', 'refused'] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

/** A scheme as the council enters it. */
export interface SchemePlan {
  id: string;
  title: string;
  provisionType: ProvisionType;
  places?: number;
  cost: number;
  fundedFrom: FundedFrom;
}

/** Where a scheme's delivery stands. */
export interface SchemeProgress {
  status: SchemeStatus;
  placesDelivered?: number;
  openedOn?: string;
}

/** The bid as the council enters it. */
export interface BidPlan {
  title: string;
  submittedOn?: string;
  requested: number;
  schemes: SchemePlan[];
}

export interface SchemeDecision {
  schemeId: string;
  support: SchemeSupport;
  amount?: number;
}

/** DfE's decision as DfE enters it. */
export interface BidDecisionInput {
  decidedOn: string;
  awarded: number;
  note?: string;
  schemes?: SchemeDecision[];
}
