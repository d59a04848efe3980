import * as z from 'zod';
import {
  DEFICIT_SOURCE_VALUES,
  ELIGIBILITY_BASES,
  STABILITY_GRANT_AS_AT,
  STABILITY_GRANT_STATUSES,
} from '../domain';
import { Actor } from './agreement';
import { IsoDate, LaCode, Pounds, Timestamp } from './common';
import { ReformPlanStatus } from './reform-plan';

const DeficitPounds = Pounds.min(0, 'must not be negative: enter 0 where there is no deficit');

export const DeficitSource = z.enum(DEFICIT_SOURCE_VALUES);
export const EligibilityBasis = z.enum(ELIGIBILITY_BASES);
export const StabilityGrantStatus = z.enum(STABILITY_GRANT_STATUSES);

export const DeficitFigure = z
  .strictObject({
    source: DeficitSource,
    highNeedsDeficit: DeficitPounds,
    otherBlocksDeficit: DeficitPounds.optional().meta({
      description: "Other DSG blocks' deficit, recorded to show it is excluded: it never counts",
    }),
  })
  .meta({ id: 'DeficitFigure' });

/** The body of `PUT /councils/{laCode}/stability-grant/deficit`. */
export const StabilityGrantDeficitInput = z
  .strictObject({
    asAt: IsoDate.meta({ example: STABILITY_GRANT_AS_AT }),
    sources: z.array(DeficitFigure).max(10),
    explanation: z
      .string()
      .trim()
      .max(8000)
      .optional()
      .meta({ description: "The council's explanation of any difference between the sources" }),
  })
  .meta({ id: 'StabilityGrantDeficitInput' });

/** The body of `POST …/stability-grant/determination`. */
export const DeterminationInput = z
  .strictObject({
    useSource: DeficitSource.optional().meta({
      description: 'The source whose figure counts; without it no source is fixed (lowest applies)',
    }),
    reason: z.string().trim().min(1, 'enter the reason for the determination').max(4000),
  })
  .meta({ id: 'StabilityGrantDeterminationInput' });

/** The body of `POST …/stability-grant/decision`. */
export const GrantDecisionInput = z
  .strictObject({
    decision: z.literal('release'),
    reason: z.string().trim().min(1, 'enter the reason for the decision').max(4000),
  })
  .meta({ id: 'StabilityGrantDecisionInput' });

export const GrantDecision = z
  .strictObject({
    decision: z.enum(['determination', 'release']),
    useSource: DeficitSource.optional(),
    reason: z.string(),
    from: StabilityGrantStatus,
    to: StabilityGrantStatus,
    /** For a release: what was paid, fixed for good. */
    grant: Pounds.optional(),
    eligibleDeficit: Pounds.optional(),
    basis: EligibilityBasis.optional(),
    decidedAt: Timestamp,
    decidedBy: Actor,
  })
  .meta({ id: 'StabilityGrantDecision' });

export const SourceView = DeficitFigure.extend({
  /** This source's high needs figure minus the eligible deficit. */
  differenceFromEligible: Pounds,
  counts: z.boolean(),
}).meta({ id: 'DeficitFigureView' });

/** `GET /councils/{laCode}/stability-grant`. */
export const StabilityGrant = z
  .strictObject({
    laCode: LaCode,
    /** Absent until the first figures are saved; send it in If-Match to replace them. */
    version: z.number().int().min(1).optional(),
    asAt: IsoDate,
    eligibleDeficit: Pounds.nullable(),
    basis: EligibilityBasis.nullable(),
    grant: Pounds.nullable().meta({
      description: '90% of a positive eligible deficit, rounded down to the pound',
    }),
    status: StabilityGrantStatus,
    /** Highest minus lowest high needs figure (0 when the sources agree). */
    difference: Pounds.nullable(),
    sources: z.array(SourceView),
    explanation: z.string().optional(),
    determination: z
      .strictObject({ useSource: DeficitSource.optional(), reason: z.string() })
      .optional(),
    reformPlanStatus: z.union([ReformPlanStatus, z.literal('none')]),
    decisions: z.array(GrantDecision),
    updatedAt: Timestamp.optional(),
    updatedBy: Actor.optional(),
  })
  .meta({ id: 'StabilityGrant' });

export type DeficitFigure = z.infer<typeof DeficitFigure>;
export type StabilityGrantDeficitInput = z.infer<typeof StabilityGrantDeficitInput>;
export type DeterminationInput = z.infer<typeof DeterminationInput>;
export type GrantDecisionInput = z.infer<typeof GrantDecisionInput>;
export type GrantDecision = z.infer<typeof GrantDecision>;
export type StabilityGrant = z.infer<typeof StabilityGrant>;
