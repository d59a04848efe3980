import type { FieldError } from './field-error';
import type { ReformPlanStatus } from './reform-plans';

/**
 * The High Needs Stability Grant: 90% of a council's high needs deficit at the end of
 * 2025-26, written off on condition that DfE approves its local SEND reform plan. The
 * deficit that counts is checked across the council's own figures; other blocks'
 * overspends never count.
 */
export const STABILITY_GRANT_AS_AT = '2026-03-31';

/** The share of the eligible deficit the grant pays, in percent. */
export const STABILITY_GRANT_SHARE_PCT = 90;

/** Where a council's deficit figure comes from, with the words people read for each. */
export const DEFICIT_SOURCES = [
  { value: 's251-outturn', label: 'Section 251 outturn' },
  { value: 'dsg-note', label: 'DSG note in the accounts' },
  { value: 's151-assurance', label: "Section 151 officer's assurance" },
  { value: 'revenue-outturn', label: 'Revenue outturn' },
  { value: 'statement-of-accounts', label: 'Statement of accounts' },
] as const;

export type DeficitSource = (typeof DEFICIT_SOURCES)[number]['value'];

export const DEFICIT_SOURCE_VALUES = DEFICIT_SOURCES.map((s) => s.value) as [
  DeficitSource,
  ...DeficitSource[],
];

const SOURCE_LABELS = new Map<string, string>(DEFICIT_SOURCES.map((s) => [s.value, s.label]));

export function deficitSourceLabel(source: DeficitSource): string {
  return SOURCE_LABELS.get(source) ?? source;
}

/** One source's figures at the end of 2025-26, in whole pounds (positive = deficit). */
export interface DeficitFigure {
  source: DeficitSource;
  highNeedsDeficit: number;
  /** Recorded to show it is excluded: other blocks' deficits never count. */
  otherBlocksDeficit?: number;
}

/** DfE's determination: with `useSource` that source's figure counts; without, none is fixed. */
export interface Determination {
  useSource?: DeficitSource;
  reason: string;
}

export const ELIGIBILITY_BASES = ['agreed', 'determined', 'lowest'] as const;
export type EligibilityBasis = (typeof ELIGIBILITY_BASES)[number];

/** The words for the rule applied, for screens. */
export const ELIGIBILITY_BASIS_LABELS: Record<EligibilityBasis, string> = {
  agreed: 'Every source gives the same high needs deficit',
  determined: 'DfE has determined which source counts',
  lowest: 'The sources differ without an accepted explanation, so the lowest counts',
};

export interface Eligibility {
  eligibleDeficit: number;
  basis: EligibilityBasis;
  /** The sources whose figure is the eligible deficit. */
  countingSources: DeficitSource[];
  /** Highest minus lowest high needs figure: 0 when the sources agree. */
  difference: number;
}

/**
 * The deficit that counts: the figure every source agrees on; else the source DfE has
 * determined (while that source is still among the figures); else the lowest. Undefined
 * until there is at least one figure.
 */
export function eligibility(
  sources: readonly DeficitFigure[],
  determination?: Determination,
): Eligibility | undefined {
  if (sources.length === 0) return undefined;
  const figures = sources.map((s) => s.highNeedsDeficit);
  const lowest = Math.min(...figures);
  const difference = Math.max(...figures) - lowest;
  const counting = (amount: number) =>
    sources.filter((s) => s.highNeedsDeficit === amount).map((s) => s.source);
  if (difference === 0) {
    return {
      eligibleDeficit: lowest,
      basis: 'agreed',
      countingSources: counting(lowest),
      difference,
    };
  }
  const determined = determination?.useSource
    ? sources.find((s) => s.source === determination.useSource)
    : undefined;
  if (determined) {
    return {
      eligibleDeficit: determined.highNeedsDeficit,
      basis: 'determined',
      countingSources: [determined.source],
      difference,
    };
  }
  return {
    eligibleDeficit: lowest,
    basis: 'lowest',
    countingSources: counting(lowest),
    difference,
  };
}

/**
 * 90% of a positive eligible deficit, rounded down to the pound (the grant never pays
 * more than the share); nothing for no deficit or a surplus. Integer arithmetic, exact
 * for any whole-pound figure.
 */
export function stabilityGrantAmount(eligibleDeficit: number): number {
  if (eligibleDeficit <= 0) return 0;
  return Math.floor((eligibleDeficit * STABILITY_GRANT_SHARE_PCT) / 100);
}

export const STABILITY_GRANT_STATUSES = [
  'ineligible',
  'awaiting-figures',
  'awaiting-plan-approval',
  'payable',
  'paid',
] as const;
export type StabilityGrantStatus = (typeof STABILITY_GRANT_STATUSES)[number];

export interface StabilityGrantFacts {
  sources: readonly DeficitFigure[];
  determination?: Determination;
  /** Released by DfE: final, whatever happens to the figures or the plan afterwards. */
  paid: boolean;
  planStatus: ReformPlanStatus | 'none';
}

export interface StabilityGrantAssessment {
  eligibleDeficit: number | null;
  basis: EligibilityBasis | null;
  grant: number | null;
  status: StabilityGrantStatus;
  countingSources: DeficitSource[];
  difference: number | null;
}

/** Where a council's grant stands, from its figures, DfE's determination and its plan. */
export function assessStabilityGrant(facts: StabilityGrantFacts): StabilityGrantAssessment {
  const found = eligibility(facts.sources, facts.determination);
  if (!found) {
    return {
      eligibleDeficit: null,
      basis: null,
      grant: null,
      status: facts.paid ? 'paid' : 'awaiting-figures',
      countingSources: [],
      difference: null,
    };
  }
  const grant = stabilityGrantAmount(found.eligibleDeficit);
  const status: StabilityGrantStatus = facts.paid
    ? 'paid'
    : found.eligibleDeficit <= 0
      ? 'ineligible'
      : facts.planStatus === 'approved'
        ? 'payable'
        : 'awaiting-plan-approval';
  return {
    eligibleDeficit: found.eligibleDeficit,
    basis: found.basis,
    grant,
    status,
    countingSources: found.countingSources,
    difference: found.difference,
  };
}

/** Figures for one date, each source once, in whole pounds of deficit (0 for none). */
export function checkDeficitFigures(figures: {
  asAt: string;
  sources: readonly DeficitFigure[];
}): FieldError[] {
  const errors: FieldError[] = [];
  if (figures.asAt !== STABILITY_GRANT_AS_AT) {
    errors.push({
      path: 'asAt',
      message: `the grant is for the deficit at ${STABILITY_GRANT_AS_AT} (the end of 2025-26)`,
    });
  }
  if (figures.sources.length === 0) {
    errors.push({
      path: 'sources',
      message: 'enter the deficit as at least one source records it',
    });
  }
  const seen = new Set<string>();
  figures.sources.forEach((s, i) => {
    if (seen.has(s.source)) {
      errors.push({
        path: `sources[${i}].source`,
        message: `${deficitSourceLabel(s.source)} is named more than once`,
      });
    }
    seen.add(s.source);
  });
  return errors;
}

/** Why a determination cannot be made on these figures, or none. */
export function checkDetermination(
  determination: Determination,
  sources: readonly DeficitFigure[],
): FieldError[] {
  const errors: FieldError[] = [];
  if (!determination.reason.trim()) {
    errors.push({ path: 'reason', message: 'enter the reason for the determination' });
  }
  if (determination.useSource && !sources.some((s) => s.source === determination.useSource)) {
    errors.push({
      path: 'useSource',
      message: `${deficitSourceLabel(determination.useSource)} is not among the council's figures`,
    });
  }
  return errors;
}
