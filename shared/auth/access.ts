import { isCouncilRole, type Principal, type Role } from '../domain';

/**
 * Whether the caller may see this council at all. Council users see only their own;
 * DfE users see every council. Anything else is answered as "not found", so a council
 * user cannot even learn that another council's data exists.
 */
export function canSeeCouncil(principal: Principal, laCode: string): boolean {
  return !isCouncilRole(principal.role) || principal.laCode === laCode;
}

export function hasRole(principal: Principal, allowed: readonly Role[]): boolean {
  return allowed.includes(principal.role);
}

/** Role groups used by the routes. */
export const CAN = {
  readCouncil: [
    'council-viewer',
    'council-editor',
    'council-approver',
    'dfe-reviewer',
    'dfe-admin',
  ] as const,
  editReturn: ['council-editor', 'council-approver'] as const,
  submitReturn: ['council-approver'] as const,
  review: ['dfe-reviewer', 'dfe-admin'] as const,
  assess: ['dfe-reviewer', 'dfe-admin'] as const,
  administer: ['dfe-admin'] as const,
  acrossCouncils: ['dfe-reviewer', 'dfe-admin'] as const,
  /** Enter a capital bid and record its schemes' delivery. */
  editCapitalBid: ['council-editor', 'council-approver'] as const,
  decideCapitalBid: ['dfe-admin'] as const,
  editReformPlan: ['council-editor', 'council-approver'] as const,
  submitReformPlan: ['council-approver'] as const,
  /** The stability grant's deficit figures: the council's approver or DfE's administrators. */
  enterGrantFigures: ['council-approver', 'dfe-admin'] as const,
  acknowledgeAlert: ['council-editor', 'council-approver', 'dfe-reviewer', 'dfe-admin'] as const,
} satisfies Record<string, readonly Role[]>;
