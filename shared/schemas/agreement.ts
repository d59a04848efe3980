import * as z from 'zod';
import {
  AGREEMENT_STATUSES,
  CADENCES,
  DEFAULT_RETURN_DUE_DAYS,
  DEFAULT_TOLERANCES,
  FINANCIAL_YEAR_PATTERN,
  MEASURE_DIRECTIONS,
  PLACEMENT_FIELDS,
  PROGRAMMES,
  ROLES,
  TRANCHE_DECISION_KINDS,
  TRANCHE_STATUSES,
  parseFinancialYear,
  type Actor as DomainActor,
  type Agreement as DomainAgreement,
  type AgreementInput as DomainAgreementInput,
  type Baseline as DomainBaseline,
  type Condition as DomainCondition,
  type Measure as DomainMeasure,
  type Mitigation as DomainMitigation,
  type PlacementField,
  type Tolerances as DomainTolerances,
  type Tranche as DomainTranche,
  type TrajectoryYear as DomainTrajectoryYear,
  type Role,
} from '../domain';
import { ClientId, Count, IsoDate, LaCode, Pounds, Timestamp } from './common';
import type { Proof, SameType } from './same-type';

/** A financial year, `2024-25` (the second part is the first part + 1). */
export const FinancialYear = z
  .string()
  .regex(FINANCIAL_YEAR_PATTERN, {
    message: 'must be a financial year written like 2024-25',
    abort: true,
  })
  .superRefine((value, ctx) => {
    const parsed = parseFinancialYear(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  .meta({ description: 'Financial year, 1 April to 31 March', example: '2024-25' });

const NonNegativePounds = Pounds.min(0, 'must not be negative');

/** Who did something: the caller's `sub`, the role they acted in, and their name where known. */
export const Actor = z
  .strictObject({ sub: z.string().min(1), role: z.enum(ROLES), name: z.string().optional() })
  .meta({ id: 'Actor' }) satisfies z.ZodType<DomainActor<Role>>;

export const Programme = z.enum(PROGRAMMES);
export const AgreementStatus = z.enum(AGREEMENT_STATUSES);
export const Cadence = z.enum(CADENCES);

export const TrajectoryYear = z
  .strictObject({
    financialYear: FinancialYear,
    plannedCumulativeDeficit: Pounds,
    plannedInYearBalance: Pounds.optional(),
    mitigatedCumulativeDeficit: Pounds.optional().meta({
      description:
        'With the council\'s own recovery actions, before any Safety Valve contribution (Bury\'s "Pre PSV" row)',
    }),
    unmitigatedCumulativeDeficit: Pounds.optional().meta({
      description: 'If nothing changes: no recovery plan at all',
    }),
    programmeCost: NonNegativePounds.optional().meta({
      description: 'In-year cost of running the programme charged to the DSG',
    }),
    councilContribution: NonNegativePounds.optional().meta({
      description: "In-year contribution from the council's general fund",
    }),
    plannedEhcps: z
      .number()
      .int('must be a whole number')
      .min(0, 'must not be negative')
      .optional(),
  })
  .meta({ id: 'TrajectoryYear' });

export const MeasureTarget = z.strictObject({
  financialYear: FinancialYear,
  value: z.number(),
});

export const Measure = z.strictObject({
  // A return field (`placements.mainstreamPct`) or a council's own measure name.
  key: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/,
      'must be letters, digits, dots, hyphens or underscores',
    ),
  unit: z.string().trim().min(1, 'enter the unit').max(40),
  direction: z.enum(MEASURE_DIRECTIONS),
  targets: z.array(MeasureTarget).min(1, 'give at least one target').max(40),
});

export const Condition = z
  .strictObject({
    id: ClientId,
    title: z.string().trim().min(1, 'enter the title').max(300),
    description: z.string().trim().max(4000).optional(),
    measure: Measure.optional(),
  })
  .meta({ id: 'Condition' });

export const Tranche = z
  .strictObject({
    id: ClientId,
    financialYear: FinancialYear,
    amount: Pounds.positive('must be more than £0'),
    dueOn: IsoDate,
    conditionIds: z.array(ClientId).max(50),
  })
  .meta({ id: 'Tranche' });

export { ClientId };

export const PlannedSaving = z.strictObject({
  financialYear: FinancialYear,
  amount: NonNegativePounds,
});

/** One of the plan's actions, with the savings it is planned to make each year. */
export const Mitigation = z
  .strictObject({
    id: ClientId,
    title: z.string().trim().min(1, 'enter the title').max(300),
    workstream: z
      .string()
      .trim()
      .min(1, 'enter the workstream or leave it out')
      .max(200)
      .optional(),
    plannedSavings: z.array(PlannedSaving).max(40),
  })
  .meta({ id: 'Mitigation' });

/** An object with any of the return's placement keys, each `value`. */
function byPlacement<T extends z.ZodType>(value: T) {
  const shape = Object.fromEntries(PLACEMENT_FIELDS.map((key) => [key, value.optional()]));
  return z.strictObject(shape as Record<PlacementField, z.ZodOptional<T>>);
}

/** Where the plan started from: EHCPs and spend by setting (Bristol's DBV diagnostic). */
export const Baseline = z
  .strictObject({
    asAt: IsoDate,
    source: z.string().trim().min(1, 'name the source of the baseline').max(500),
    ehcpsTotal: Count,
    placements: byPlacement(Count).optional(),
    expenditure: byPlacement(NonNegativePounds).optional(),
  })
  .meta({ id: 'Baseline' });

export const Tolerances = z.strictObject({
  cumulativeDeficitPct: z
    .number()
    .min(0, 'must be 0 or more')
    .max(100, 'must be 100 or less')
    .default(DEFAULT_TOLERANCES.cumulativeDeficitPct),
  cumulativeDeficitAbs: NonNegativePounds.default(DEFAULT_TOLERANCES.cumulativeDeficitAbs),
  ehcpGrowthPct: z
    .number()
    .min(0, 'must be 0 or more')
    .max(100, 'must be 100 or less')
    .default(DEFAULT_TOLERANCES.ehcpGrowthPct),
});

/**
 * The body of `PUT /councils/{laCode}/agreement`. Shape only: the rules across fields
 * (term, sums, ids) are `checkAgreement` in shared/domain/agreement-rules.ts.
 * Parsed, `returnDueDays` and every tolerance carry their defaults.
 */
export const AgreementInput = z
  .strictObject({
    programme: Programme,
    status: AgreementStatus,
    signedOn: IsoDate.optional(),
    firstYear: FinancialYear,
    lastYear: FinancialYear,
    cadence: Cadence,
    returnDueDays: z
      .number()
      .int('must be a whole number of days')
      .min(1, 'must be at least 1 day')
      .max(365, 'must be at most 365 days')
      .default(DEFAULT_RETURN_DUE_DAYS),
    dfeContributionTotal: NonNegativePounds,
    councilContributionTotal: NonNegativePounds.optional(),
    trajectory: z.array(TrajectoryYear).max(40),
    conditions: z.array(Condition).max(50),
    tranches: z.array(Tranche).max(40),
    mitigations: z.array(Mitigation).max(100).optional(),
    baseline: Baseline.optional(),
    tolerances: Tolerances.prefault({}),
    reason: z.string().trim().min(1, 'enter the reason').max(2000).optional(),
  })
  .meta({ id: 'AgreementInput' });

/** An agreement version as stored and returned. */
export const Agreement = AgreementInput.extend({
  laCode: LaCode,
  version: z.number().int().min(1),
  createdAt: Timestamp,
  createdBy: Actor,
}).meta({ id: 'Agreement' });

export const TrancheStatus = z.enum(TRANCHE_STATUSES);
export const TrancheDecisionKind = z.enum(TRANCHE_DECISION_KINDS);

/** The body of `POST /councils/{laCode}/tranches/{id}/decision`. */
export const TrancheDecisionInput = z
  .strictObject({
    decision: TrancheDecisionKind,
    reason: z.string().trim().min(1, 'enter the reason').max(2000),
    override: z.boolean().optional(),
  })
  .meta({ id: 'TrancheDecisionInput' });

export type FinancialYear = z.infer<typeof FinancialYear>;
/** A user who did something, in one of the product's roles. */
export type Actor = DomainActor<Role>;
export type Programme = z.infer<typeof Programme>;
export type AgreementStatus = z.infer<typeof AgreementStatus>;
export type Cadence = z.infer<typeof Cadence>;
export type TrajectoryYear = DomainTrajectoryYear;
export type Measure = DomainMeasure;
export type Condition = DomainCondition;
export type Tranche = DomainTranche;
export type Tolerances = DomainTolerances;
export type Mitigation = DomainMitigation;
export type Baseline = DomainBaseline;
/** What a client sends (defaults not yet applied). */
export type AgreementInputBody = z.input<typeof AgreementInput>;
/** A parsed agreement body (defaults applied): what the domain rules take. */
export type AgreementInput = DomainAgreementInput;
export type Agreement = DomainAgreement;
export type TrancheStatus = z.infer<typeof TrancheStatus>;
export type TrancheDecisionKind = z.infer<typeof TrancheDecisionKind>;
export type TrancheDecisionInput = z.infer<typeof TrancheDecisionInput>;

// The domain owns these types; the schemas must parse exactly them.
type _Checks = [
  Proof<SameType<z.infer<typeof Actor>, DomainActor<Role>>>,
  Proof<SameType<z.infer<typeof TrajectoryYear>, DomainTrajectoryYear>>,
  Proof<SameType<z.infer<typeof Measure>, DomainMeasure>>,
  Proof<SameType<z.infer<typeof Condition>, DomainCondition>>,
  Proof<SameType<z.infer<typeof Tranche>, DomainTranche>>,
  Proof<SameType<z.infer<typeof Tolerances>, DomainTolerances>>,
  Proof<SameType<z.infer<typeof Mitigation>, DomainMitigation>>,
  Proof<SameType<z.infer<typeof Baseline>, DomainBaseline>>,
  Proof<SameType<z.infer<typeof AgreementInput>, DomainAgreementInput>>,
  Proof<SameType<z.infer<typeof Agreement>, DomainAgreement>>,
];
