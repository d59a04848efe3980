import type { SchemeSupport, FieldError } from '../../../shared/domain';
import type { CapitalDecisionInput } from '../api/capital-bids';
import { FieldReader } from './form-fields';

export interface DecisionForm {
  decidedOn: string;
  awarded: string;
  note: string;
  /** By scheme id: DfE's support ('' for none) and any amount it gives the scheme. */
  schemes: Record<string, { support: SchemeSupport | ''; amount: string }>;
}

/** What DfE's decision asks the API for, or the problems to fix first. */
export function readDecisionForm(
  form: DecisionForm,
  schemeIds: string[],
): { input?: CapitalDecisionInput; errors: FieldError[] } {
  const read = new FieldReader();
  const decidedOn = read.date('decidedOn', form.decidedOn, 'Enter the date of the decision');
  const awarded = read.money('awarded', form.awarded, 'Enter the amount awarded, or 0 to refuse');
  const note = read.text('note', form.note, false);
  const schemes = schemeIds.flatMap((schemeId, i) => {
    const row = form.schemes[schemeId];
    if (!row) return [];
    const amount = read.money(`schemes[${i}].amount`, row.amount, false);
    if (!row.support) {
      if (amount !== undefined) {
        read.errors.push({
          path: `schemes[${i}].support`,
          message: `Select DfE's support for scheme ${i + 1}, which has an amount`,
        });
      }
      return [];
    }
    return [{ schemeId, support: row.support, ...(amount === undefined ? {} : { amount }) }];
  });
  if (read.errors.length > 0) return { errors: read.errors };
  return {
    input: {
      decidedOn: decidedOn ?? '',
      awarded: awarded ?? 0,
      ...(note ? { note } : {}),
      schemes,
    },
    errors: [],
  };
}
