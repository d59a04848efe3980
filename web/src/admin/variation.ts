import type { Agreement, AgreementInputBody } from '../../../shared/schemas/agreement';

/**
 * A variation made in the form keeps what the form does not show, the alert tolerances,
 * so saving a new version never drops them without anyone having chosen to.
 */
export function keepWhatTheFormDoesNotShow(
  body: AgreementInputBody,
  previous: Agreement | null,
): AgreementInputBody {
  if (!previous) return body;
  return { ...body, tolerances: previous.tolerances };
}
