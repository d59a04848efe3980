import { describe, expect, it } from 'vitest';
import { auditDateProblems, auditFiltersSearch, readAuditFilters } from './audit-filters';

describe('the audit trail filters in the address', () => {
  it.each([
    ['', {}],
    ['?actor=Ana%20Editor&action=return.saved', { actor: 'Ana Editor', action: 'return.saved' }],
    ['?from=2024-05-01&to=2024-05-03', { from: '2024-05-01', to: '2024-05-03' }],
    ['?from=2024-02-30', {}],
    ['?from=2024-05-04&to=2024-05-01', { from: '2024-05-04' }],
    ['?action=DROP%20TABLE', {}],
  ])('%s → %o', (search, expected) => {
    expect(readAuditFilters(search)).toEqual(expected);
  });

  it('writes them back, in a fixed order', () => {
    expect(auditFiltersSearch({ to: '2024-05-03', actor: 'Ana Editor' })).toBe(
      '?actor=Ana+Editor&to=2024-05-03',
    );
    expect(auditFiltersSearch({})).toBe('');
  });

  it.each([
    ['', '', []],
    ['2024-05-01', '2024-05-01', []],
    ['31/03/2024', '', ['audit-from']],
    ['2024-05-04', '2024-05-01', ['audit-to']],
    ['', '2024-13-01', ['audit-to']],
  ])('from %s to %s: problems on %o', (from, to, paths) => {
    expect(auditDateProblems(from, to).map((p) => p.path)).toEqual(paths);
  });
});
