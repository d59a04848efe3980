export * from './types';
export { bidStatus, canEditBid, canDecideBid } from './bid-status';
export { checkBid, costFromBid } from './check-bid';
export { checkDecision } from './check-decision';
export { canMoveScheme, checkProgress } from './scheme-progress';
export { bidTotals } from './totals';
export {
  BID_STATUS_NAMES,
  PROVISION_TYPE_NAMES,
  FUNDED_FROM_NAMES,
  SCHEME_STATUS_NAMES,
  SCHEME_SUPPORT_NAMES,
} from './labels';
