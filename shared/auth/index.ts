export {
  COUNCIL_ROLES,
  DFE_ROLES,
  ROLES,
  type CouncilRole,
  type DfeRole,
  type Role,
  type Principal,
  isRole,
  isCouncilRole,
  isDfeRole,
} from '../domain';
export * from './access';
export * from './verify-token';
