import type { FieldError } from './field-error';
import type { PlanRating } from './plan-ratings';

/**
 * A local SEND reform plan's life: `draft` → `submitted` → `approved` | `returned`; a
 * returned plan is edited and submitted again. Only drafts and returned plans can be
 * edited or submitted; only submitted ones reviewed; an approved plan is final.
 */
export const REFORM_PLAN_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReformPlanStatus = (typeof REFORM_PLAN_STATUSES)[number];

export type PlanDecision = 'approve' | 'return';

const EDITABLE: ReadonlySet<ReformPlanStatus> = new Set(['draft', 'returned']);

export function canEditReformPlan(status: ReformPlanStatus): boolean {
  return EDITABLE.has(status);
}

export function canSubmitReformPlan(status: ReformPlanStatus): boolean {
  return EDITABLE.has(status);
}

export function canReviewReformPlan(status: ReformPlanStatus): boolean {
  return status === 'submitted';
}

export function statusAfterPlanReview(decision: PlanDecision): ReformPlanStatus {
  return decision === 'approve' ? 'approved' : 'returned';
}

/** The template's sections as the rules need them. */
export interface TemplateSection {
  id: string;
  title: string;
}

/** One section of the council's plan, as far as the rules look. */
export interface PlanSectionText {
  sectionId: string;
  text?: string;
}

/** Ids that appear more than once, each named once, in first-seen order. */
function repeated(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** A template has at least one section, each id once. */
export function checkTemplateSections(sections: readonly TemplateSection[]): FieldError[] {
  const errors: FieldError[] = [];
  if (sections.length === 0) {
    errors.push({ path: 'sections', message: 'a template needs at least one section' });
  }
  const ids = sections.map((s) => s.id);
  for (const id of repeated(ids)) {
    errors.push({
      path: `sections[${ids.lastIndexOf(id)}].id`,
      message: `section ${id} appears more than once`,
    });
  }
  return errors;
}

/**
 * A draft may be partial, but each of its sections must be one of the template's, once.
 */
export function checkPlanSections(
  sections: readonly PlanSectionText[],
  template: readonly TemplateSection[],
): FieldError[] {
  const known = new Set(template.map((s) => s.id));
  const errors: FieldError[] = [];
  sections.forEach((s, i) => {
    if (!known.has(s.sectionId)) {
      errors.push({
        path: `sections[${i}].sectionId`,
        message: `${s.sectionId} is not a section of the current template`,
      });
    }
  });
  const ids = sections.map((s) => s.sectionId);
  for (const id of repeated(ids)) {
    errors.push({
      path: `sections[${ids.lastIndexOf(id)}].sectionId`,
      message: `section ${id} appears more than once`,
    });
  }
  return errors;
}

/**
 * What stops a plan being submitted: every section of the current template needs text.
 * Each gap is named by the section's id and title.
 */
export function checkPlanComplete(
  sections: readonly PlanSectionText[],
  template: readonly TemplateSection[],
): FieldError[] {
  const written = new Set(sections.filter((s) => s.text?.trim()).map((s) => s.sectionId));
  return template
    .filter((s) => !written.has(s.id))
    .map((s) => ({ path: `sections.${s.id}`, message: `enter the text for “${s.title}”` }));
}

export interface PlanReviewRequest {
  decision: PlanDecision;
  comments?: string;
  ratings: readonly { sectionId: string; rating: PlanRating; comment?: string }[];
}

/**
 * A review rates every section of the plan as submitted, once each, and only those;
 * sending a plan back needs comments saying why.
 */
export function checkPlanReview(
  review: PlanReviewRequest,
  sections: readonly TemplateSection[],
): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(sections.map((s) => s.id));
  const ids = review.ratings.map((r) => r.sectionId);
  review.ratings.forEach((r, i) => {
    if (!known.has(r.sectionId)) {
      errors.push({
        path: `ratings[${i}].sectionId`,
        message: `${r.sectionId} is not a section of this plan`,
      });
    }
  });
  for (const id of repeated(ids)) {
    errors.push({
      path: `ratings[${ids.lastIndexOf(id)}].sectionId`,
      message: `section ${id} is rated more than once`,
    });
  }
  const rated = new Set(ids);
  for (const s of sections) {
    if (!rated.has(s.id)) {
      errors.push({ path: `ratings.${s.id}`, message: `choose a rating for “${s.title}”` });
    }
  }
  if (review.decision === 'return' && !review.comments?.trim()) {
    errors.push({ path: 'comments', message: 'enter comments to say why the plan is sent back' });
  }
  return errors;
}
