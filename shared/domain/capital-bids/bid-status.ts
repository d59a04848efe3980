import type { BidStatus } from './types';

/**
 * A bid is a draft until the council records the day it went to DfE, then submitted
 * until DfE decides: awarded when DfE gave any money, refused when it gave none.
 */
export function bidStatus(bid: {
  submittedOn?: string;
  decision?: { awarded: number };
}): BidStatus {
  if (bid.decision) return bid.decision.awarded > 0 ? 'awarded' : 'refused';
  return bid.submittedOn ? 'submitted' : 'draft';
}

/** The council may change its bid until DfE has decided on it. */
export function canEditBid(status: BidStatus): boolean {
  return status === 'draft' || status === 'submitted';
}

/** DfE decides once, on a bid that has reached it. */
export function canDecideBid(status: BidStatus): boolean {
  return status === 'submitted';
}
