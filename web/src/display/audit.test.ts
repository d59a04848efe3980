import { describe, expect, it } from 'vitest';
import { auditActionName, auditValue } from './audit';

describe('auditActionName', () => {
  it('names the actions the service records', () => {
    expect(auditActionName('return.submitted')).toBe('Return submitted');
    expect(auditActionName('tranche.release')).toBe('Payment released');
  });

  it('makes do with an action it does not know', () => {
    expect(auditActionName('agreement.re-profiled')).toBe('Agreement re profiled');
  });
});

describe('auditValue', () => {
  it('shows a value as indented JSON, and nothing as nothing', () => {
    expect(auditValue({ status: 'draft' })).toBe('{\n  "status": "draft"\n}');
    expect(auditValue(undefined)).toBeUndefined();
  });
});
