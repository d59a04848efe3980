import { describe, expect, it } from 'vitest';
import { recoveryProfile } from './recovery-profile';
import { BURY_PUBLISHED_PROFILE as BURY, buryAgreement } from './testing/bury';

describe('recoveryProfile', () => {
  it('reproduces Bury’s published profile to the pound, reconciling every year', () => {
    const agreement = buryAgreement();
    const rows = recoveryProfile(agreement.trajectory, agreement.tranches);
    expect(rows.map((r) => r.financialYear)).toEqual(BURY.years);
    expect(rows.map((r) => r.mitigatedCumulativeDeficit)).toEqual(BURY.prePsv);
    expect(rows.map((r) => r.afterEarlierContributions)).toEqual(BURY.postPsv);
    expect(rows.map((r) => r.dfeContribution)).toEqual(BURY.dfeContribution);
    expect(rows.map((r) => r.programmeCost)).toEqual(BURY.programmeCapacity);
    expect(rows.map((r) => r.plannedCumulativeDeficit)).toEqual(BURY.cumulative);
    expect(rows.map((r) => [r.reconciles, r.difference])).toEqual(BURY.years.map(() => [true, 0]));
    expect(rows.every((r) => r.councilContribution === 0)).toBe(true);
  });

  it('takes earlier years’ council contributions off and this year’s in the year', () => {
    const rows = recoveryProfile(
      [
        // Given out of order: the profile is oldest first.
        {
          financialYear: '2026-27',
          mitigatedCumulativeDeficit: 10_000_000,
          councilContribution: 2_000_000,
          plannedCumulativeDeficit: 4_000_000,
        },
        {
          financialYear: '2025-26',
          mitigatedCumulativeDeficit: 9_000_000,
          councilContribution: 2_000_000,
          plannedCumulativeDeficit: 4_000_000,
        },
      ],
      [
        { financialYear: '2024-25', amount: 1_000_000 },
        { financialYear: '2025-26', amount: 2_000_000 },
      ],
    );
    expect(rows).toEqual([
      {
        financialYear: '2025-26',
        mitigatedCumulativeDeficit: 9_000_000,
        afterEarlierContributions: 8_000_000,
        dfeContribution: 2_000_000,
        councilContribution: 2_000_000,
        programmeCost: 0,
        plannedCumulativeDeficit: 4_000_000,
        reconciles: true,
        difference: 0,
      },
      {
        financialYear: '2026-27',
        mitigatedCumulativeDeficit: 10_000_000,
        afterEarlierContributions: 5_000_000,
        dfeContribution: 0,
        councilContribution: 2_000_000,
        programmeCost: 0,
        plannedCumulativeDeficit: 4_000_000,
        reconciles: false,
        difference: 1_000_000,
      },
    ]);
  });

  it.each<[number, number, boolean]>([
    [21_407_000, 0, true],
    [21_407_001, 1, false],
    [21_406_999, -1, false],
  ])('planned %d against 21,407,000 → difference %d', (planned, difference, reconciles) => {
    const [row] = recoveryProfile(
      [
        {
          financialYear: '2020-21',
          mitigatedCumulativeDeficit: 27_407_000,
          plannedCumulativeDeficit: planned,
        },
      ],
      [{ financialYear: '2020-21', amount: 6_000_000 }],
    );
    expect(row).toMatchObject({ difference, reconciles });
  });

  it('without a mitigated figure, a year reconciles with no Post PSV row', () => {
    const [row] = recoveryProfile(
      [
        {
          financialYear: '2020-21',
          unmitigatedCumulativeDeficit: 30_000_000,
          plannedCumulativeDeficit: 1,
        },
      ],
      [],
    );
    expect(row).toEqual({
      financialYear: '2020-21',
      unmitigatedCumulativeDeficit: 30_000_000,
      dfeContribution: 0,
      councilContribution: 0,
      programmeCost: 0,
      plannedCumulativeDeficit: 1,
      reconciles: true,
      difference: 0,
    });
  });
});
