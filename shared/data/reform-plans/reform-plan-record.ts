import type { Actor } from '../../schemas/agreement';
import type {
  PlanReview,
  ReformPlanAction,
  ReformPlanDraft,
  ReformPlanTemplate,
} from '../../schemas/reform-plan';
import type { SignOff } from '../../schemas/return-content';
import type { ReformPlanStatus } from '../../domain';

/** A council's reform plan as stored: its content now, its state, submission and review. */
export interface ReformPlanRecord {
  laCode: string;
  status: ReformPlanStatus;
  /** Moves on with every save and status change; `If-Match` names it. */
  version: number;
  content: ReformPlanDraft;
  /** The template as it stood when the plan was last submitted: what DfE rates. */
  templateVersion?: number;
  submittedSections?: { id: string; title: string }[];
  createdAt: string;
  updatedAt: string;
  updatedBy: Actor;
  submittedAt?: string;
  submittedBy?: Actor;
  signOff?: SignOff;
  review?: PlanReview;
}

/** One entry of a plan's history: a saved version or a status change. */
export interface ReformPlanHistoryRecord {
  version: number;
  action: ReformPlanAction;
  status: ReformPlanStatus;
  at: string;
  actor: Actor;
  content?: ReformPlanDraft;
  signOff?: SignOff;
  review?: PlanReview;
}

export type ReformPlanTemplateRecord = ReformPlanTemplate;
