import * as z from 'zod';
import { PLAN_RATINGS, PLAN_RATING_VALUES, REFORM_PLAN_STATUSES } from '../domain';
import { Actor } from './agreement';
import { IsoDate, LaCode, Timestamp } from './common';
import { SignOff } from './return-content';

/** Ids chosen by clients: 1–64 letters of either case, digits, `-` and `_`, case-sensitive. */
export const ClientId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    'must be 1–64 letters, digits, - or _, starting with a letter or digit',
  )
  .meta({ example: 'early' });

const Text = (max: number, missing: string) => z.string().trim().min(1, missing).max(max);

export const ReformPlanStatus = z.enum(REFORM_PLAN_STATUSES);
export const PlanRating = z.enum(PLAN_RATING_VALUES).meta({
  description: PLAN_RATINGS.map((r) => `\`${r.value}\`: ${r.label}`).join('; '),
});

export const TemplateSection = z
  .strictObject({
    id: ClientId,
    title: Text(200, 'enter the title of the section'),
    guidance: z.string().trim().max(4000).optional(),
  })
  .meta({ id: 'ReformPlanTemplateSection' });

/** The body of `PUT /reform-plan-template`. */
export const ReformPlanTemplateInput = z
  .strictObject({ sections: z.array(TemplateSection).max(50) })
  .meta({ id: 'ReformPlanTemplateInput' });

export const ReformPlanTemplate = ReformPlanTemplateInput.extend({
  version: z.number().int().min(1),
  updatedAt: Timestamp,
  updatedBy: Actor,
}).meta({ id: 'ReformPlanTemplate' });

export const PlanAction = z
  .strictObject({
    title: Text(300, 'enter what will be done'),
    owner: z.string().trim().max(200).optional(),
    dueOn: IsoDate.optional(),
  })
  .meta({ id: 'ReformPlanAction' });

export const PlanSection = z
  .strictObject({
    sectionId: ClientId,
    text: z.string().trim().max(20000),
    actions: z.array(PlanAction).max(50).optional(),
    measures: z
      .array(ClientId)
      .max(30)
      .optional()
      .meta({ description: 'Keys of scorecard measures the section is judged by' }),
  })
  .meta({ id: 'ReformPlanSection' });

/** The body of `PUT /councils/{laCode}/reform-plan`: a draft, possibly partial. */
export const ReformPlanDraft = z
  .strictObject({ sections: z.array(PlanSection).max(50) })
  .meta({ id: 'ReformPlanDraft' });

export const SubmitReformPlanInput = z
  .strictObject({ signOff: SignOff })
  .meta({ id: 'SubmitReformPlanInput' });

export const SectionRating = z
  .strictObject({
    sectionId: ClientId,
    rating: PlanRating,
    comment: z.string().trim().max(4000).optional(),
  })
  .meta({ id: 'ReformPlanSectionRating' });

/** The body of `POST /councils/{laCode}/reform-plan/review`. */
export const ReviewReformPlanInput = z
  .strictObject({
    decision: z.enum(['approve', 'return']),
    comments: z
      .string()
      .trim()
      .max(8000)
      .optional()
      .meta({ description: 'Required to return the plan' }),
    ratings: z.array(SectionRating).max(50),
  })
  .meta({ id: 'ReviewReformPlanInput' });

export const PlanReview = z
  .strictObject({
    decision: z.enum(['approve', 'return']),
    comments: z.string().optional(),
    ratings: z.array(SectionRating),
    reviewedAt: Timestamp,
    reviewedBy: Actor,
  })
  .meta({ id: 'ReformPlanReview' });

/** `GET /councils/{laCode}/reform-plan`. */
export const ReformPlan = z
  .strictObject({
    laCode: LaCode,
    status: ReformPlanStatus,
    version: z.number().int().min(1),
    content: ReformPlanDraft,
    /** The template version the plan was last submitted against. */
    templateVersion: z.number().int().optional(),
    submittedAt: Timestamp.optional(),
    submittedBy: Actor.optional(),
    signOff: SignOff.optional(),
    review: PlanReview.optional(),
    updatedAt: Timestamp,
    updatedBy: Actor,
  })
  .meta({ id: 'ReformPlan' });

export const ReformPlanAction = z.enum(['saved', 'submitted', 'returned', 'approved']);

export const ReformPlanHistoryEntry = z
  .strictObject({
    version: z.number().int(),
    action: ReformPlanAction,
    status: ReformPlanStatus,
    at: Timestamp,
    actor: Actor,
    content: ReformPlanDraft.optional(),
    signOff: SignOff.optional(),
    review: PlanReview.optional(),
  })
  .meta({ id: 'ReformPlanHistoryEntry' });

export type ReformPlanTemplateInput = z.infer<typeof ReformPlanTemplateInput>;
export type ReformPlanTemplate = z.infer<typeof ReformPlanTemplate>;
export type ReformPlanDraft = z.infer<typeof ReformPlanDraft>;
export type SubmitReformPlanInput = z.infer<typeof SubmitReformPlanInput>;
export type ReviewReformPlanInput = z.infer<typeof ReviewReformPlanInput>;
export type PlanReview = z.infer<typeof PlanReview>;
export type ReformPlan = z.infer<typeof ReformPlan>;
export type ReformPlanHistoryEntry = z.infer<typeof ReformPlanHistoryEntry>;
export type ReformPlanAction = z.infer<typeof ReformPlanAction>;
