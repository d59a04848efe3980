import { CAN } from '../../shared/auth';
import { isCouncilRole, type Role } from '../../shared/domain';
import type { SessionUser } from './session';

/**
 * What the signed-in user may do, so screens offer only what the API will allow. The
 * API decides; these only keep people from buttons that would be refused.
 */
const allowed = (roles: readonly Role[]) => (user: SessionUser) => roles.includes(user.role);

export const canEditReturns = allowed(CAN.editReturn);
export const canSubmitReturns = allowed(CAN.submitReturn);
export const canReview = allowed(CAN.review);
export const canAssess = allowed(CAN.assess);
export const canDecideTranches = allowed(CAN.administer);
export const canAcknowledgeAlerts = allowed(CAN.acknowledgeAlert);
export const canEditReformPlan = allowed(CAN.editReformPlan);
export const canSubmitReformPlan = allowed(CAN.submitReformPlan);
export const canReleaseGrant = allowed(CAN.administer);
/** Sets up councils and records agreements and their variations. */
export const canAdminister = allowed(CAN.administer);
export const seesAllCouncils = allowed(CAN.acrossCouncils);
export const canEditCapitalBids = allowed(CAN.editCapitalBid);
export const canDecideCapitalBids = allowed(CAN.decideCapitalBid);

export function isCouncilUser(user: SessionUser): boolean {
  return isCouncilRole(user.role);
}
