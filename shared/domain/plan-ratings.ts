/**
 * DfE's four-level scale for judging a local SEND reform plan, lowest first. The one
 * place its values and the words people read for them are written down: schemas,
 * API descriptions and screens all take them from here.
 */
export const PLAN_RATINGS = [
  { value: 'requirements-not-met', label: 'Requirements not met' },
  { value: 'partially-meets', label: 'Partially meets requirements' },
  { value: 'meets', label: 'Meets requirements' },
  { value: 'exceeds', label: 'Exceeds requirements' },
] as const;

export type PlanRating = (typeof PLAN_RATINGS)[number]['value'];

export const PLAN_RATING_VALUES = PLAN_RATINGS.map((r) => r.value) as [PlanRating, ...PlanRating[]];

const LABELS = new Map<string, string>(PLAN_RATINGS.map((r) => [r.value, r.label]));

/** The words for a rating (`meets` → "Meets requirements"). */
export function planRatingLabel(rating: PlanRating): string {
  return LABELS.get(rating) ?? rating;
}
