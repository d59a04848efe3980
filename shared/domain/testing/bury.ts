import type { AgreementInput } from '../../schemas/agreement';

/**
 * Bury's agreement (2020-21 to 2024-25) from the seed reports, for tests: the
 * trajectory is the "resulting cumulative position", with a 2019-20 baseline. The
 * conditions and tranche links are illustrative.
 */
export function buryAgreement(): AgreementInput {
  return {
    programme: 'safety-valve',
    status: 'active',
    signedOn: '2021-03-19',
    firstYear: '2020-21',
    lastYear: '2024-25',
    cadence: 'quarterly',
    returnDueDays: 30,
    dfeContributionTotal: 20_000_000,
    trajectory: [
      {
        financialYear: '2019-20',
        plannedCumulativeDeficit: 20_067_000,
        unmitigatedCumulativeDeficit: 20_067_000,
      },
      {
        financialYear: '2020-21',
        plannedCumulativeDeficit: 21_407_000,
        unmitigatedCumulativeDeficit: 27_407_000,
      },
      {
        financialYear: '2021-22',
        plannedCumulativeDeficit: 19_764_000,
        unmitigatedCumulativeDeficit: 28_639_000,
      },
      {
        financialYear: '2022-23',
        plannedCumulativeDeficit: 15_666_000,
        unmitigatedCumulativeDeficit: 28_541_000,
      },
      {
        financialYear: '2023-24',
        plannedCumulativeDeficit: 9_507_000,
        unmitigatedCumulativeDeficit: 25_605_000,
      },
      {
        financialYear: '2024-25',
        plannedCumulativeDeficit: -60_000,
        unmitigatedCumulativeDeficit: 19_038_000,
      },
    ],
    conditions: [
      {
        id: 'ehc-timeliness',
        title: 'Improve the quality and timeliness of EHC needs assessments',
      },
      { id: 'inmss-placements', title: 'Reduce the use of independent school placements' },
      { id: 'management-information', title: 'Improve management information' },
    ],
    tranches: [
      {
        id: '2020-21',
        financialYear: '2020-21',
        amount: 6_000_000,
        dueOn: '2021-03-31',
        conditionIds: [],
      },
      {
        id: '2021-22',
        financialYear: '2021-22',
        amount: 4_000_000,
        dueOn: '2021-12-31',
        conditionIds: ['ehc-timeliness'],
      },
      {
        id: '2022-23',
        financialYear: '2022-23',
        amount: 4_000_000,
        dueOn: '2022-12-31',
        conditionIds: ['ehc-timeliness', 'inmss-placements'],
      },
      {
        id: '2023-24',
        financialYear: '2023-24',
        amount: 3_000_000,
        dueOn: '2023-12-31',
        conditionIds: ['inmss-placements'],
      },
      {
        id: '2024-25',
        financialYear: '2024-25',
        amount: 3_000_000,
        dueOn: '2024-12-31',
        conditionIds: ['management-information'],
      },
    ],
    tolerances: { cumulativeDeficitPct: 2, cumulativeDeficitAbs: 500_000, ehcpGrowthPct: 5 },
  };
}
