import { describe, expect, it } from 'vitest';
import { buryAgreement } from '../../../shared/domain/testing/bury';
import type { Agreement } from '../../../shared/schemas/agreement';
import { agreementLines, changesIn, compareVersions } from './agreement-versions';

const version1 = (): Agreement => ({
  ...buryAgreement(),
  laCode: '351',
  version: 1,
  createdAt: '2021-03-19T10:00:00.000Z',
  createdBy: { sub: 'a', role: 'dfe-admin' },
});

const version2 = (): Agreement => {
  const v1 = version1();
  return {
    ...v1,
    version: 2,
    lastYear: '2025-26',
    trajectory: [
      ...v1.trajectory.map((y) =>
        y.financialYear === '2021-22' ? { ...y, plannedCumulativeDeficit: 21_000_000 } : y,
      ),
      { financialYear: '2025-26', plannedCumulativeDeficit: 0, councilContribution: 2_000_000 },
    ],
    tranches: v1.tranches.slice(1),
    reason: 'Extended a year',
  };
};

describe('comparing versions of an agreement', () => {
  it('lists an agreement as labelled lines with keys that last across versions', () => {
    const lines = agreementLines(version1());
    expect(lines.find((l) => l.key === 'term')?.value).toBe('2020-21 to 2024-25');
    expect(
      lines.find((l) => l.key === 'trajectory.2021-22.plannedCumulativeDeficit'),
    ).toMatchObject({
      section: 'Trajectory 2021-22',
      label: 'Cumulative deficit agreed',
      value: '£19,764,000',
    });
  });

  it('puts versions side by side and marks what each changed', () => {
    const compared = compareVersions([version1(), version2()]);
    const term = compared.find((l) => l.key === 'term');
    expect(term).toMatchObject({
      values: ['2020-21 to 2024-25', '2020-21 to 2025-26'],
      changed: [false, true],
    });
    const unchanged = compared.find((l) => l.key === 'dfe');
    expect(unchanged?.changed).toEqual([false, false]);
    // A line only the old version had is still shown, as gone from the new one.
    const first = version1().tranches[0];
    const removed = compared.find((l) => l.key === `tranche.${first?.id}`);
    expect(removed?.values[1]).toBeUndefined();
    expect(removed?.changed).toEqual([false, true]);
  });

  it('says in words what a version changed', () => {
    const compared = compareVersions([version1(), version2()]);
    const changes = changesIn(compared, 1);
    expect(changes).toContain('Term: 2020-21 to 2024-25 → 2020-21 to 2025-26');
    expect(changes).toContain(
      'Trajectory 2021-22, cumulative deficit agreed: £19,764,000 → £21,000,000',
    );
    expect(changes).toContain(
      'Trajectory 2025-26, council contribution in the year: added (£2,000,000)',
    );
    expect(changes.some((c) => /^Tranches, Tranche .*: removed \(was £/.test(c))).toBe(true);
    expect(changesIn(compared, 0)).toEqual([]);
  });
});
