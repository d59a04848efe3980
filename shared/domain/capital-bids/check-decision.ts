import type { FieldError } from '../field-error';
import { formatPounds } from '../money';
import type { BidDecisionInput } from './types';

/**
 * The rules of DfE's decision on a bid: it awards no more than was asked for, the
 * amounts it gives schemes add up to no more than it awards, each scheme it names is one
 * of the bid's and is named once, and it is dated between the bid's submission and today.
 */
export function checkDecision(
  bid: { requested: number; submittedOn?: string; schemes: { id: string }[] },
  decision: BidDecisionInput,
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  if (decision.awarded < 0) errors.push({ path: 'awarded', message: 'must not be negative' });
  if (decision.awarded > bid.requested) {
    errors.push({
      path: 'awarded',
      message: `must not exceed the ${formatPounds(bid.requested)} requested`,
    });
  }
  if (decision.decidedOn > today) {
    errors.push({ path: 'decidedOn', message: `must not be after today (${today})` });
  }
  if (bid.submittedOn !== undefined && decision.decidedOn < bid.submittedOn) {
    errors.push({
      path: 'decidedOn',
      message: `must not be before the bid was submitted (${bid.submittedOn})`,
    });
  }
  const ids = new Set(bid.schemes.map((s) => s.id));
  const seen = new Set<string>();
  let allocated = 0;
  (decision.schemes ?? []).forEach((s, i) => {
    if (!ids.has(s.schemeId)) {
      errors.push({ path: `schemes[${i}].schemeId`, message: `is not a scheme of this bid` });
    }
    if (seen.has(s.schemeId)) {
      errors.push({ path: `schemes[${i}].schemeId`, message: `repeats the scheme ${s.schemeId}` });
    }
    seen.add(s.schemeId);
    if (s.amount !== undefined && s.amount < 0) {
      errors.push({ path: `schemes[${i}].amount`, message: 'must not be negative' });
    }
    allocated += s.amount ?? 0;
  });
  if (decision.awarded >= 0 && allocated > decision.awarded) {
    errors.push({
      path: 'schemes',
      message: `add up to ${formatPounds(allocated)} for schemes, more than the ${formatPounds(decision.awarded)} awarded`,
    });
  }
  return errors;
}
