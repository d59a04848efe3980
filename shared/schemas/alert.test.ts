import { describe, expect, it } from 'vitest';
import { AcknowledgeAlertInput, Alert, AlertFinding, AlertQuery } from './alert';

const finding = {
  rule: 'trajectory-breach',
  severity: 'red',
  financialYear: '2023-24',
  period: '2023-24-Q3',
  message:
    'Forecast cumulative deficit £29.907m is £20.400m above the agreed £9.507m for 2023-24 (tolerance £0.500m).',
  measured: 29_907_000,
  threshold: 10_007_000,
};

describe('alert schemas', () => {
  it('describe a finding and a stored alert', () => {
    expect(AlertFinding.safeParse(finding).success).toBe(true);
    const alert = {
      ...finding,
      id: '01J0000000000000000000000',
      laCode: '351',
      status: 'resolved',
      createdAt: '2024-01-30T10:00:00Z',
      updatedAt: '2024-04-30T10:00:00Z',
      resolvedAt: '2024-04-30T10:00:00Z',
      resolvedBy: 'system',
    };
    expect(Alert.safeParse(alert).success).toBe(true);
    expect(
      Alert.safeParse({ ...alert, resolvedBy: { sub: 'u-1', role: 'dfe-admin' } }).success,
    ).toBe(true);
    expect(Alert.safeParse({ ...alert, status: 'closed' }).success).toBe(false);
    expect(Alert.safeParse({ ...alert, severity: 'green' }).success).toBe(false);
  });

  it('refuses unknown rules and malformed periods', () => {
    expect(AlertFinding.safeParse({ ...finding, rule: 'overspend' }).success).toBe(false);
    expect(AlertFinding.safeParse({ ...finding, period: '2023-24-Q5' }).success).toBe(false);
    expect(AlertFinding.safeParse({ ...finding, extra: 1 }).success).toBe(false);
  });

  it('reads the list filters and the acknowledgement', () => {
    expect(AlertQuery.parse({ status: 'open', rule: 'ehcp-growth', limit: '20' })).toEqual({
      status: 'open',
      rule: 'ehcp-growth',
      limit: 20,
    });
    expect(AlertQuery.safeParse({ severity: 'green' }).success).toBe(false);
    expect(AcknowledgeAlertInput.safeParse({ note: 'Discussed with the council' }).success).toBe(
      true,
    );
    expect(AcknowledgeAlertInput.safeParse({ note: '' }).success).toBe(false);
  });
});
