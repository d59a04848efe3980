import type { Agreement, AgreementInputBody } from '../../../shared/schemas/agreement';

/**
 * A variation made in the form keeps what the form does not show: the alert tolerances
 * and the conditions' descriptions (by condition id), so saving a new version never
 * drops them without anyone having chosen to.
 */
export function keepWhatTheFormDoesNotShow(
  body: AgreementInputBody,
  previous: Agreement | null,
): AgreementInputBody {
  if (!previous) return body;
  const descriptions = new Map(previous.conditions.map((c) => [c.id, c.description]));
  return {
    ...body,
    tolerances: previous.tolerances,
    conditions: body.conditions.map((c) => {
      const description = c.description ?? descriptions.get(c.id);
      return description === undefined ? c : { ...c, description };
    }),
  };
}
