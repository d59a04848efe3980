import { describe, expect, it } from 'vitest';
import { alertFiltersSearch, readAlertFilters, readCouncilFilter } from './alert-filters';

describe('alert filters', () => {
  it('shows open alerts unless asked for others', () => {
    expect(readAlertFilters('')).toEqual({ allStatuses: false, status: 'open' });
    expect(readAlertFilters('?status=all')).toEqual({ allStatuses: true });
    expect(readAlertFilters('?status=resolved&severity=red&rule=ehcp-growth')).toEqual({
      allStatuses: false,
      status: 'resolved',
      severity: 'red',
      rule: 'ehcp-growth',
    });
  });

  it('ignores values it does not know', () => {
    expect(readAlertFilters('?status=x&severity=blue&rule=nope')).toEqual({ allStatuses: false });
  });

  it('writes the filters back into an address', () => {
    expect(alertFiltersSearch({ status: 'open', severity: '', rule: '' })).toBe('');
    expect(alertFiltersSearch({ status: 'all', severity: 'red', rule: '' })).toBe(
      '?status=all&severity=red',
    );
  });

  it.each([
    ['?laCode=351', '351'],
    ['?status=all&laCode=865', '865'],
    ['?laCode=35', undefined],
    ['?laCode=abc', undefined],
    ['', undefined],
  ])('reads the council from %s', (search, expected) => {
    expect(readCouncilFilter(search)).toBe(expected);
  });

  it('writes the council into the address', () => {
    expect(alertFiltersSearch({ status: 'open', severity: '', rule: '', laCode: '351' })).toBe(
      '?laCode=351',
    );
  });
});
