import { describe, expect, it } from 'vitest';
import { decideAlertChange, owedNotification, type TrackedAlert } from './alert-lifecycle';
import type { RuleOutcome } from './outcome';

const AT = '2024-11-20T10:00:00.000Z';
const key = { rule: 'trajectory-breach', financialYear: '2024-25' } as const;

function breach(severity: 'amber' | 'red', measured = 1_000_000): RuleOutcome {
  return {
    outcome: 'breach',
    key,
    period: '2024-25-Q2',
    finding: {
      ...key,
      severity,
      period: '2024-25-Q2',
      message: `Forecast ${measured} above plan`,
      measured,
      threshold: 500_000,
    },
  };
}
const within: RuleOutcome = { outcome: 'within', key, reason: 'back within tolerance' };
const notApplicable: RuleOutcome = { outcome: 'not-applicable', key, reason: 'no plan' };

/**
 * The open alert as stored: `breach(severity, measured)` raised earlier and announced at
 * `notified` (at its own severity by default; `none` before any announcement).
 */
function open(
  severity: 'amber' | 'red',
  status: 'open' | 'acknowledged' = 'open',
  notified: 'amber' | 'red' | 'none' = severity,
  measured = 1_000_000,
): TrackedAlert & { id: string } {
  const notifiedSeverity = notified === 'none' ? undefined : notified;
  const found = breach(severity, measured);
  if (found.outcome !== 'breach') throw new Error('a breach');
  return {
    id: 'a1',
    ...found.finding,
    status,
    updatedAt: '2024-08-01T00:00:00.000Z',
    ...(notifiedSeverity ? { notifiedSeverity } : {}),
  };
}

describe('the alert lifecycle', () => {
  it.each<
    [
      string,
      ReturnType<typeof open> | undefined,
      RuleOutcome,
      { change: string; status?: string; severity?: string; notify?: string },
    ]
  >([
    [
      'nothing open, a breach',
      undefined,
      breach('amber'),
      { change: 'raised', status: 'open', severity: 'amber', notify: 'raised' },
    ],
    ['nothing open, within tolerance', undefined, within, { change: 'unchanged' }],
    ['nothing open, no judgement', undefined, notApplicable, { change: 'unchanged' }],
    [
      'the same figures again',
      open('amber'),
      breach('amber'),
      { change: 'unchanged', status: 'open', severity: 'amber' },
    ],
    [
      'the same figures, raise not yet announced',
      open('amber', 'open', 'none'),
      breach('amber'),
      { change: 'unchanged', severity: 'amber', notify: 'raised' },
    ],
    [
      'the same figures, escalation not yet announced',
      open('red', 'open', 'amber'),
      breach('red'),
      { change: 'unchanged', severity: 'red', notify: 'escalated' },
    ],
    [
      'amber to red',
      open('amber'),
      breach('red', 3_000_000),
      { change: 'escalated', status: 'open', severity: 'red', notify: 'escalated' },
    ],
    [
      'amber to red once acknowledged',
      open('amber', 'acknowledged'),
      breach('red', 3_000_000),
      { change: 'reopened', status: 'open', severity: 'red', notify: 'escalated' },
    ],
    [
      'new figures, same severity',
      open('amber'),
      breach('amber', 1_200_000),
      { change: 'updated', status: 'open', severity: 'amber' },
    ],
    [
      'new figures while acknowledged',
      open('amber', 'acknowledged'),
      breach('amber', 1_200_000),
      { change: 'updated', status: 'acknowledged', severity: 'amber' },
    ],
    [
      'red softens to amber',
      open('red'),
      breach('amber'),
      { change: 'updated', status: 'open', severity: 'amber' },
    ],
    [
      'back within tolerance',
      open('red'),
      within,
      { change: 'resolved', status: 'resolved', severity: 'red' },
    ],
    [
      'acknowledged, back within tolerance',
      open('amber', 'acknowledged'),
      within,
      { change: 'resolved', status: 'resolved' },
    ],
    ['open, no judgement', open('amber'), notApplicable, { change: 'unchanged', status: 'open' }],
  ])('%s', (_, current, outcome, expected) => {
    const decision = decideAlertChange(current, outcome, AT);
    expect(decision.change).toBe(expected.change);
    if (expected.status) expect(decision.alert?.status).toBe(expected.status);
    if (expected.severity) expect(decision.alert?.severity).toBe(expected.severity);
    expect('notify' in decision ? decision.notify : undefined).toBe(expected.notify);
  });

  it('raises with the finding, dated now', () => {
    expect(decideAlertChange(undefined, breach('red'), AT)).toEqual({
      change: 'raised',
      alert: {
        ...(breach('red') as { finding: object }).finding,
        status: 'open',
        createdAt: AT,
        updatedAt: AT,
      },
      notify: 'raised',
    });
  });

  it('resolves by the system, keeping what it was and saying why', () => {
    const before = open('red');
    const decision = decideAlertChange(before, within, AT);
    expect(decision).toEqual({
      change: 'resolved',
      before,
      alert: { ...before, status: 'resolved', resolvedAt: AT, resolvedBy: 'system', updatedAt: AT },
      reason: 'back within tolerance',
    });
  });

  it('updates the open alert in place with the new figures and period', () => {
    const before = open('amber');
    const decision = decideAlertChange(before, breach('red', 3_000_000), AT);
    expect(decision).toMatchObject({
      change: 'escalated',
      before,
      alert: { id: 'a1', measured: 3_000_000, severity: 'red', updatedAt: AT },
    });
  });

  it('is idempotent: deciding again on what was written changes nothing', () => {
    const first = decideAlertChange(open('amber'), breach('red', 3_000_000), AT);
    if (first.change !== 'escalated') throw new Error('an escalation');
    const again = decideAlertChange(
      { ...first.alert, notifiedSeverity: 'red' },
      breach('red', 3_000_000),
      AT,
    );
    expect(again).toEqual({
      change: 'unchanged',
      alert: { ...first.alert, notifiedSeverity: 'red' },
    });
  });

  it.each<[string, TrackedAlert, string | undefined]>([
    ['never announced', open('amber', 'open', 'none'), 'raised'],
    ['announced at this severity', open('amber'), undefined],
    ['announced amber, now red', open('red', 'open', 'amber'), 'escalated'],
    ['announced red, now amber', open('amber', 'open', 'red'), undefined],
    ['resolved', { ...open('amber', 'open', 'none'), status: 'resolved' }, undefined],
    ['acknowledged, never announced', open('amber', 'acknowledged', 'none'), 'raised'],
  ])('owes an announcement when %s', (_, alert, expected) => {
    expect(owedNotification(alert)).toBe(expected);
  });
});
