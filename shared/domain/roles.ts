export const COUNCIL_ROLES = ['council-viewer', 'council-editor', 'council-approver'] as const;
export const DFE_ROLES = ['dfe-reviewer', 'dfe-admin'] as const;
export const ROLES = [...COUNCIL_ROLES, ...DFE_ROLES] as const;

export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export type DfeRole = (typeof DFE_ROLES)[number];
export type Role = (typeof ROLES)[number];

/** The verified caller: who they are, what they may do, and for council users, their council. */
export interface Principal {
  sub: string;
  name?: string;
  role: Role;
  /** DfE three-digit LA code; present exactly when the role is a council role. */
  laCode?: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isCouncilRole(role: Role): role is CouncilRole {
  return (COUNCIL_ROLES as readonly string[]).includes(role);
}

export function isDfeRole(role: Role): role is DfeRole {
  return (DFE_ROLES as readonly string[]).includes(role);
}
