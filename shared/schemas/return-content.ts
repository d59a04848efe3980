import * as z from 'zod';
import {
  CONDITION_STATUSES,
  PERIOD_PATTERN,
  RAGS,
  RETURN_STATUSES,
  REVIEW_DECISIONS,
  parsePeriod,
  type ConditionReport as DomainConditionReport,
  type Demand as DomainDemand,
  type Finance as DomainFinance,
  type MitigationReport as DomainMitigationReport,
  type Placements as DomainPlacements,
  type ReturnContent as DomainReturnContent,
  type ReturnDraft as DomainReturnDraft,
  type Risk as DomainRisk,
  type Workstream as DomainWorkstream,
} from '../domain';
import { Actor } from './agreement';
import { ClientId, Count, IsoDate, Percentage, Pounds, Timestamp } from './common';
import type { Proof, SameType } from './same-type';

/** A reporting period: `2024-25-Q2`, `2024-25-T1`, `2024-25-M01`. */
export const Period = z
  .string()
  .regex(PERIOD_PATTERN, {
    message: 'must be a reporting period like 2024-25-Q2, 2024-25-T1 or 2024-25-M01',
    abort: true,
  })
  .superRefine((value, ctx) => {
    const parsed = parsePeriod(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  .meta({ description: 'Reporting period', example: '2024-25-Q2' });

const NonNegativePounds = Pounds.min(0, 'must not be negative');
const Text = (max: number, missing: string) => z.string().trim().min(1, missing).max(max);

export const ReturnStatus = z.enum(RETURN_STATUSES);
export const ConditionStatus = z.enum(CONDITION_STATUSES);
export const Rag = z.enum(RAGS);

export const Finance = z.strictObject({
  highNeedsIncome: NonNegativePounds,
  highNeedsExpenditure: NonNegativePounds,
  forecastInYearBalance: Pounds.meta({ description: 'Positive = surplus, negative = deficit' }),
  forecastCumulativeDeficit: Pounds.meta({
    description: 'At the financial year end; positive = deficit (money owed), negative = surplus',
  }),
  savingsTarget: NonNegativePounds.optional(),
  savingsAchieved: NonNegativePounds.optional(),
  schoolsBlockTransfer: NonNegativePounds.optional(),
  councilContribution: NonNegativePounds.optional(),
});

export const Demand = z.strictObject({
  ehcpsTotal: Count,
  newEhcps: Count,
  assessmentRequests: Count.optional(),
  plansCeased: Count.optional(),
  issuedWithin20WeeksPct: Percentage.optional(),
  annualReviewBacklog: Count.optional(),
  awaitingSpecialistPlace: Count.optional(),
});

/** Children with EHCPs by setting (DfE SEN2 categories). */
export const Placements = z.strictObject({
  mainstream: Count,
  resourcedProvision: Count,
  laMaintainedSpecial: Count,
  academySpecial: Count,
  independentSpecial: Count,
  nonMaintainedSpecial: Count,
  alternativeProvision: Count,
  post16: Count,
  other: Count,
});

export const ConditionReport = z.strictObject({
  conditionId: ClientId,
  status: ConditionStatus,
  statement: Text(4000, 'enter a position statement'),
  evidence: z.string().trim().max(4000).optional(),
});

export const Workstream = z.strictObject({
  name: Text(200, 'enter the workstream name'),
  rag: Rag,
  note: z.string().trim().max(2000).optional(),
});

export const Risk = z.strictObject({
  title: Text(300, 'enter the risk'),
  rag: Rag,
  mitigation: z.string().trim().max(2000).optional(),
});

/** Savings by one of the agreement's mitigations, for the return's financial year. */
export const MitigationReport = z.strictObject({
  mitigationId: ClientId,
  savingsToDate: NonNegativePounds.meta({ description: 'Savings made so far this financial year' }),
  forecastSavings: NonNegativePounds.meta({ description: 'Savings forecast for the whole year' }),
  rag: Rag,
  note: z.string().trim().max(2000).optional(),
});

const Narrative = Text(20_000, 'enter the narrative');

/** Rejects a second entry with the same key (a condition reported twice, say). */
function uniqueBy<T>(key: (item: T) => string | undefined, field: string, what: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (value === undefined) return;
      if (seen.has(value)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, field],
          message: `repeats ${what} "${value}"`,
        });
      }
      seen.add(value);
    });
  };
}

/** A complete return's content: what a submitted return holds. */
export const ReturnContent = z
  .strictObject({
    finance: Finance,
    demand: Demand,
    placements: Placements,
    conditions: z
      .array(ConditionReport)
      .max(50)
      .superRefine(uniqueBy((c) => c.conditionId, 'conditionId', 'the condition')),
    workstreams: z
      .array(Workstream)
      .max(50)
      .superRefine(uniqueBy((w) => w.name, 'name', 'the workstream')),
    risks: z.array(Risk).max(100),
    mitigations: z
      .array(MitigationReport)
      .max(100)
      .superRefine(uniqueBy((x) => x.mitigationId, 'mitigationId', 'the mitigation'))
      .optional(),
    narrative: Narrative,
  })
  .meta({ id: 'ReturnContent' });

/**
 * The body of `PUT /councils/{laCode}/returns/{period}`: a draft may leave out any
 * section and any field (list entries keep the field that names them), but what is
 * there is checked in full and unknown fields are refused. What submission needs on
 * top is `checkReturnComplete` in shared/domain/return-completeness.ts.
 */
export const ReturnDraft = z
  .strictObject({
    finance: Finance.partial().optional(),
    demand: Demand.partial().optional(),
    placements: Placements.partial().optional(),
    conditions: z
      .array(ConditionReport.partial().required({ conditionId: true }))
      .max(50)
      .superRefine(uniqueBy((c) => c.conditionId, 'conditionId', 'the condition'))
      .optional(),
    workstreams: z
      .array(Workstream.partial().required({ name: true }))
      .max(50)
      .superRefine(uniqueBy((w) => w.name, 'name', 'the workstream'))
      .optional(),
    risks: z
      .array(Risk.partial().required({ title: true }))
      .max(100)
      .optional(),
    mitigations: z
      .array(MitigationReport.partial().required({ mitigationId: true }))
      .max(100)
      .superRefine(uniqueBy((x) => x.mitigationId, 'mitigationId', 'the mitigation'))
      .optional(),
    narrative: Narrative.optional(),
  })
  .meta({ id: 'ReturnDraft' });

/** The senior officer (DCS or section 151 officer) who signs a return off. */
export const SignOff = z
  .strictObject({
    name: Text(120, 'enter the name of the officer signing off'),
    role: Text(120, 'enter the role of the officer signing off'),
  })
  .meta({ id: 'SignOff' });

/** The body of `POST /councils/{laCode}/returns/{period}/submit`. */
export const SubmitReturnInput = z
  .strictObject({ signOff: SignOff })
  .meta({ id: 'SubmitReturnInput' });

/** The body of `POST /councils/{laCode}/returns/{period}/review`. */
export const ReviewInput = z
  .strictObject({
    decision: z.enum(REVIEW_DECISIONS),
    comments: z.string().trim().max(4000).optional(),
  })
  .superRefine((review, ctx) => {
    if (review.decision === 'return' && !review.comments) {
      ctx.addIssue({
        code: 'custom',
        path: ['comments'],
        message: 'enter comments to say why the return is sent back',
      });
    }
  })
  .meta({ id: 'ReviewInput' });

/** A review as stored and shown on the return. */
export const Review = z
  .strictObject({
    decision: z.enum(REVIEW_DECISIONS),
    comments: z.string().optional(),
    reviewedAt: Timestamp,
    reviewedBy: Actor,
  })
  .meta({ id: 'Review' });

/** An editor's word that the return is ready for the approver to sign off; cleared by any later edit. */
export const ReadyForSignOff = z
  .strictObject({ by: Actor, at: Timestamp })
  .meta({ id: 'ReadyForSignOff' });

/** One row of `GET /councils/{laCode}/returns`. */
export const ReturnSummary = z
  .strictObject({
    period: Period,
    status: ReturnStatus,
    version: z.number().int().min(1),
    dueOn: IsoDate,
    submittedAt: Timestamp.optional(),
    late: z.boolean(),
    readyForSignOff: ReadyForSignOff.optional(),
    forecastCumulativeDeficit: Pounds.optional().meta({
      description:
        'The return’s forecast cumulative DSG deficit at the end of its financial year, when it gives one',
    }),
  })
  .meta({ id: 'ReturnSummary' });

/** `GET /councils/{laCode}/returns/{period}`. */
export const ReturnDetail = ReturnSummary.extend({
  content: ReturnDraft,
  submittedBy: Actor.optional(),
  signOff: SignOff.optional(),
  review: Review.optional(),
}).meta({ id: 'ReturnDetail' });

export type ReturnStatus = z.infer<typeof ReturnStatus>;
export type ConditionStatus = z.infer<typeof ConditionStatus>;
export type Rag = z.infer<typeof Rag>;
export type Finance = DomainFinance;
export type Demand = DomainDemand;
export type Placements = DomainPlacements;
export type ConditionReport = DomainConditionReport;
export type Workstream = DomainWorkstream;
export type Risk = DomainRisk;
export type MitigationReport = DomainMitigationReport;
export type ReturnContent = DomainReturnContent;
export type ReturnDraft = DomainReturnDraft;
export type SignOff = z.infer<typeof SignOff>;
export type ReadyForSignOff = z.infer<typeof ReadyForSignOff>;
export type SubmitReturnInput = z.infer<typeof SubmitReturnInput>;
export type ReviewInput = z.infer<typeof ReviewInput>;
export type Review = z.infer<typeof Review>;
export type ReturnSummary = z.infer<typeof ReturnSummary>;
export type ReturnDetail = z.infer<typeof ReturnDetail>;

// The domain owns these types; the schemas must parse exactly them.
type _Checks = [
  Proof<SameType<z.infer<typeof Finance>, DomainFinance>>,
  Proof<SameType<z.infer<typeof Demand>, DomainDemand>>,
  Proof<SameType<z.infer<typeof Placements>, DomainPlacements>>,
  Proof<SameType<z.infer<typeof ConditionReport>, DomainConditionReport>>,
  Proof<SameType<z.infer<typeof Workstream>, DomainWorkstream>>,
  Proof<SameType<z.infer<typeof Risk>, DomainRisk>>,
  Proof<SameType<z.infer<typeof MitigationReport>, DomainMitigationReport>>,
  Proof<SameType<z.infer<typeof ReturnContent>, DomainReturnContent>>,
  Proof<SameType<z.infer<typeof ReturnDraft>, DomainReturnDraft>>,
];
