import type { ReturnDraft } from '../return-content';

/** A complete return for Bury's conditions `ehc-timeliness` and `inmss-placements`, for tests. */
export function completeReturn(): ReturnDraft {
  return {
    finance: {
      highNeedsIncome: 35_000_000,
      highNeedsExpenditure: 36_200_000,
      forecastInYearBalance: -1_200_000,
      forecastCumulativeDeficit: 10_707_000,
    },
    demand: { ehcpsTotal: 2_400, newEhcps: 85 },
    placements: {
      mainstream: 900,
      resourcedProvision: 120,
      laMaintainedSpecial: 700,
      academySpecial: 250,
      independentSpecial: 90,
      nonMaintainedSpecial: 20,
      alternativeProvision: 30,
      post16: 200,
      other: 40,
    },
    conditions: [
      { conditionId: 'ehc-timeliness', status: 'on-track', statement: 'Timeliness at 61%.' },
      { conditionId: 'inmss-placements', status: 'at-risk', statement: 'Two new placements.' },
    ],
    workstreams: [{ name: 'Finance', rag: 'green' }],
    risks: [{ title: 'Demand outgrows places', rag: 'amber' }],
    narrative: 'Quarter 1 went to plan.',
  };
}
