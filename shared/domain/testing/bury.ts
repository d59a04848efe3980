import type { AgreementInput } from '../agreement';

/**
 * Bury's agreement (2020-21 to 2024-25) from the seed reports, for tests: the
 * trajectory is Bury's published DSG recovery profile from a 2019-20 baseline, the
 * planned cumulative deficit its "Cumulative" row, the mitigated one its "Pre PSV" row
 * (with the council's own recovery plan, before Safety Valve money) and the programme
 * cost its "PSV programme capacity" row; the DfE contributions are the tranches. The
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
        mitigatedCumulativeDeficit: 20_067_000,
      },
      {
        financialYear: '2020-21',
        plannedCumulativeDeficit: 21_407_000,
        mitigatedCumulativeDeficit: 27_407_000,
      },
      {
        financialYear: '2021-22',
        programmeCost: 1_125_000,
        plannedCumulativeDeficit: 19_764_000,
        mitigatedCumulativeDeficit: 28_639_000,
      },
      {
        financialYear: '2022-23',
        programmeCost: 1_125_000,
        plannedCumulativeDeficit: 15_666_000,
        mitigatedCumulativeDeficit: 28_541_000,
      },
      {
        financialYear: '2023-24',
        programmeCost: 902_000,
        plannedCumulativeDeficit: 9_507_000,
        mitigatedCumulativeDeficit: 25_605_000,
      },
      {
        financialYear: '2024-25',
        programmeCost: 902_000,
        plannedCumulativeDeficit: -60_000,
        mitigatedCumulativeDeficit: 19_038_000,
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

/**
 * Bury's DSG recovery profile as published (£m to three decimals, in pounds here), row
 * by row, 2019-20 to 2024-25: Pre PSV, Post PSV, the DfE Safety Valve contribution in the
 * year, PSV programme capacity and the cumulative position.
 */
export const BURY_PUBLISHED_PROFILE = {
  years: ['2019-20', '2020-21', '2021-22', '2022-23', '2023-24', '2024-25'],
  prePsv: [20_067_000, 27_407_000, 28_639_000, 28_541_000, 25_605_000, 19_038_000],
  postPsv: [20_067_000, 27_407_000, 22_639_000, 18_541_000, 11_605_000, 2_038_000],
  dfeContribution: [0, 6_000_000, 4_000_000, 4_000_000, 3_000_000, 3_000_000],
  programmeCapacity: [0, 0, 1_125_000, 1_125_000, 902_000, 902_000],
  cumulative: [20_067_000, 21_407_000, 19_764_000, 15_666_000, 9_507_000, -60_000],
} as const;
