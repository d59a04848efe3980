import type { Role } from '../../shared/auth/roles';

/** How each role is named on screen. */
export const ROLE_NAMES: Record<Role, string> = {
  'council-viewer': 'Council viewer',
  'council-editor': 'Council editor',
  'council-approver': 'Council approver',
  'dfe-reviewer': 'DfE reviewer',
  'dfe-admin': 'DfE administrator',
};
