export * from './types';
export { bidStatus, canEditBid, canDecideBid } from './bid-status';
export { checkBid, costFromBid } from './check-bid';
export { checkDecision } from './check-decision';
export { canMoveScheme, checkProgress } from './scheme-progress';
export { bidTotals } from './totals';
