import type { FieldError } from '../field-error';
import { formatPounds } from '../money';
import type { BidPlan } from './types';

/** The cost of the schemes the bid itself would pay for. */
export function costFromBid(schemes: BidPlan['schemes']): number {
  return schemes.filter((s) => s.fundedFrom === 'this-bid').reduce((sum, s) => sum + s.cost, 0);
}

/**
 * The rules of a bid beyond its shape: scheme ids are unique (case-sensitive), no
 * amount or count is negative, the schemes it would fund cost no more than it asks for,
 * and it cannot have been submitted after `today`.
 */
export function checkBid(bid: BidPlan, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (bid.requested < 0) errors.push({ path: 'requested', message: 'must not be negative' });
  if (bid.submittedOn !== undefined && bid.submittedOn > today) {
    errors.push({ path: 'submittedOn', message: `must not be after today (${today})` });
  }
  const seen = new Set<string>();
  bid.schemes.forEach((scheme, i) => {
    if (seen.has(scheme.id)) {
      errors.push({ path: `schemes[${i}].id`, message: `repeats the id ${scheme.id}` });
    }
    seen.add(scheme.id);
    if (scheme.cost < 0)
      errors.push({ path: `schemes[${i}].cost`, message: 'must not be negative' });
    if (scheme.places !== undefined && scheme.places < 0) {
      errors.push({ path: `schemes[${i}].places`, message: 'must not be negative' });
    }
  });
  const fromBid = costFromBid(bid.schemes);
  if (bid.requested >= 0 && fromBid > bid.requested) {
    errors.push({
      path: 'requested',
      message: `is less than the ${formatPounds(fromBid)} the schemes funded from this bid cost`,
    });
  }
  return errors;
}
