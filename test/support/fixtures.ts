import type { AgreementInputBody } from '../../shared/schemas/agreement';
import type { ReturnDraft } from '../../shared/schemas/return-content';

/** A quarterly Safety Valve agreement, 2023-24 to 2025-26, with two conditions and three tranches. */
export function agreementBody(overrides: Partial<AgreementInputBody> = {}): AgreementInputBody {
  return {
    programme: 'safety-valve',
    status: 'active',
    signedOn: '2023-03-20',
    firstYear: '2023-24',
    lastYear: '2025-26',
    cadence: 'quarterly',
    dfeContributionTotal: 20_000_000,
    councilContributionTotal: 2_000_000,
    trajectory: [
      { financialYear: '2022-23', plannedCumulativeDeficit: 20_067_000 },
      {
        financialYear: '2023-24',
        plannedCumulativeDeficit: 9_507_000,
        plannedInYearBalance: 1_000_000,
        plannedEhcps: 2400,
      },
      {
        financialYear: '2024-25',
        plannedCumulativeDeficit: 4_000_000,
        plannedInYearBalance: 2_000_000,
        plannedEhcps: 2500,
      },
      {
        financialYear: '2025-26',
        plannedCumulativeDeficit: -60_000,
        plannedInYearBalance: 3_000_000,
        plannedEhcps: 2550,
      },
    ],
    conditions: [
      { id: 'mainstream-inclusion', title: 'Raise the share of EHCPs in mainstream schools' },
      {
        id: 'inmss-placements',
        title: 'Reduce independent special school placements',
        measure: {
          key: 'placements.independentSpecial',
          unit: 'children',
          direction: 'decrease',
          targets: [{ financialYear: '2024-25', value: 80 }],
        },
      },
    ],
    tranches: [
      {
        id: 'initial',
        financialYear: '2023-24',
        amount: 10_000_000,
        dueOn: '2023-03-31',
        conditionIds: [],
      },
      {
        id: 'y2',
        financialYear: '2024-25',
        amount: 6_000_000,
        dueOn: '2024-09-30',
        conditionIds: ['mainstream-inclusion'],
      },
      {
        id: 'y3',
        financialYear: '2025-26',
        amount: 4_000_000,
        dueOn: '2025-09-30',
        conditionIds: ['mainstream-inclusion', 'inmss-placements'],
      },
    ],
    ...overrides,
  };
}

/** A return with everything a submission needs, for the agreement above. */
export function completeReturn(overrides: Partial<ReturnDraft> = {}): ReturnDraft {
  return {
    finance: {
      highNeedsIncome: 48_000_000,
      highNeedsExpenditure: 47_500_000,
      forecastInYearBalance: 500_000,
      forecastCumulativeDeficit: 9_600_000,
      savingsTarget: 3_000_000,
      savingsAchieved: 2_100_000,
    },
    demand: {
      ehcpsTotal: 2380,
      newEhcps: 95,
      assessmentRequests: 160,
      issuedWithin20WeeksPct: 52.5,
    },
    placements: {
      mainstream: 900,
      resourcedProvision: 120,
      laMaintainedSpecial: 700,
      academySpecial: 250,
      independentSpecial: 110,
      nonMaintainedSpecial: 20,
      alternativeProvision: 30,
      post16: 200,
      other: 50,
    },
    conditions: [
      {
        conditionId: 'mainstream-inclusion',
        status: 'on-track',
        statement: 'Inclusion fund in place across 40 schools.',
      },
      {
        conditionId: 'inmss-placements',
        status: 'at-risk',
        statement: 'New placements still rising.',
      },
    ],
    workstreams: [{ name: 'Graduated approach', rag: 'amber' }],
    risks: [{ title: 'EHCP requests above forecast', rag: 'red', mitigation: 'Early help panel' }],
    narrative: 'Spending is close to plan; demand is higher than forecast.',
    ...overrides,
  };
}
