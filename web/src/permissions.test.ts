import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain';
import {
  canAcknowledgeAlerts,
  canAssess,
  canDecideTranches,
  canEditReturns,
  canReview,
  canSubmitReturns,
  isCouncilUser,
  seesAllCouncils,
} from './permissions';

const as = (role: Role) => ({ sub: 'x', name: 'X', role });

describe('permissions', () => {
  it('lets council editors and approvers edit, and only approvers submit', () => {
    expect(canEditReturns(as('council-editor'))).toBe(true);
    expect(canEditReturns(as('council-viewer'))).toBe(false);
    expect(canSubmitReturns(as('council-editor'))).toBe(false);
    expect(canSubmitReturns(as('council-approver'))).toBe(true);
  });

  it('lets DfE review and assess, and only administrators decide on tranches', () => {
    expect(canReview(as('dfe-reviewer'))).toBe(true);
    expect(canAssess(as('council-approver'))).toBe(false);
    expect(canDecideTranches(as('dfe-reviewer'))).toBe(false);
    expect(canDecideTranches(as('dfe-admin'))).toBe(true);
    expect(seesAllCouncils(as('dfe-reviewer'))).toBe(true);
  });

  it('lets everyone but viewers acknowledge alerts', () => {
    expect(canAcknowledgeAlerts(as('council-viewer'))).toBe(false);
    expect(canAcknowledgeAlerts(as('council-editor'))).toBe(true);
    expect(isCouncilUser(as('council-viewer'))).toBe(true);
    expect(isCouncilUser(as('dfe-admin'))).toBe(false);
  });
});
