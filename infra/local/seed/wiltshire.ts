import {
  financialYearEnd,
  financialYearRange,
  formatCount,
  formatMillions,
  periodFinancialYear,
} from '../../../shared/domain';
import type { AgreementInputBody, TrajectoryYear } from '../../../shared/schemas/agreement';
import type { ReturnDraft } from '../../../shared/schemas/return-content';
import { WILTSHIRE } from './demo-data';
import {
  condition,
  daysAfter,
  financeOf,
  ILLUSTRATIVE_RETURN,
  millions,
  placementsOf,
  splitOver,
} from './demo-return';
import {
  at,
  seedAgreement,
  seedAssessment,
  seedReturn,
  seedTrancheDecision,
  type DemoEvent,
  type DemoReturn,
  type SeedContext,
} from './seed-writes';

/**
 * Wiltshire (865). REAL, from councils.json: signed 1 March 2024 from 2023-24, quarterly,
 * DfE £67m in total of which £26.8m was paid in March 2024, the council's £70.2m, the
 * cumulative mitigated deficit of £137.2m at the plan's end, the six programme areas with
 * their RAG ratings, and EHCPs growing faster than forecast (June 2024). ILLUSTRATIVE: the
 * term's end (2029-30), the path of the trajectory to £137.2m, the planned EHCPs, the
 * profile of the remaining £40.2m, the conditions, every figure in the returns and DfE's
 * assessments.
 *
 * The £137.2m is the deficit before the Safety Valve contributions (DfE £67m and council
 * £70.2m add up to exactly that), so Wiltshire's trajectory, and its demo returns, state
 * the cumulative deficit before contributions; the agreement's reason says so.
 *
 * The story, as at mid-February 2025: the finances are on plan (rated green), but EHCPs
 * are above the plan's forecast from the June 2024 quarter on; DfE has assessed the
 * EHCP-growth condition at risk, which holds up the 2024-25 tranche; the Q3 return
 * awaits review.
 */

const agreement = WILTSHIRE.agreement;
const LAST_YEAR = '2029-30';
const SIGN_OFF = { name: `${WILTSHIRE.name} Section 151 officer`, role: 'Section 151 officer' };

/**
 * ILLUSTRATIVE path of the cumulative deficit before contributions (from an implied
 * £34.0m at March 2023) to the real £137.2m at the plan's end, with the in-year deficit
 * shrinking as the plan's actions take hold; and the EHCPs the plan forecast.
 */
const OPENING_DEFICIT = 34_000_000;
const PATH: Record<string, { deficit?: number; ehcps: number }> = {
  '2023-24': { deficit: 58_000_000, ehcps: 4_980 },
  '2024-25': { deficit: 81_000_000, ehcps: 5_150 },
  '2025-26': { deficit: 101_000_000, ehcps: 5_300 },
  '2026-27': { deficit: 117_000_000, ehcps: 5_430 },
  '2027-28': { deficit: 128_000_000, ehcps: 5_540 },
  '2028-29': { deficit: 134_500_000, ehcps: 5_630 },
  [LAST_YEAR]: { ehcps: 5_700 },
};

function trajectory(): TrajectoryYear[] {
  let previous = OPENING_DEFICIT;
  return financialYearRange(agreement.firstYear, LAST_YEAR).map((financialYear) => {
    const step = PATH[financialYear];
    const deficit =
      financialYear === LAST_YEAR ? agreement.forecastCumulativeDeficitAtPlanEnd : step?.deficit;
    if (deficit === undefined || !step) throw new Error(`Wiltshire: no path for ${financialYear}`);
    const year = {
      financialYear,
      plannedCumulativeDeficit: deficit,
      plannedInYearBalance: previous - deficit,
      plannedEhcps: step.ehcps,
    };
    previous = deficit;
    return year;
  });
}

const CONDITIONS = [
  {
    id: 'ehcp-growth',
    title: "Growth in EHCPs kept to the plan's forecast (illustrative)",
    description:
      "Illustrative: manage the growth in EHCPs through early help, SEN support and consistent decision-making, so that numbers stay within the plan's forecast. The targets are the demo's planned EHCPs, not the plan's.",
    measure: {
      key: 'demand.ehcpsTotal',
      unit: 'EHCPs',
      direction: 'decrease' as const,
      targets: ['2024-25', '2025-26', '2026-27'].map((financialYear) => ({
        financialYear,
        value: PATH[financialYear]?.ehcps ?? 0,
      })),
    },
  },
  {
    id: 'mainstream-inclusion',
    title: 'More children with EHCPs supported in mainstream settings (illustrative)',
    description:
      'Illustrative: raise the share of children with EHCPs in mainstream schools and resourced provision. Not quoted from the agreement.',
  },
  {
    id: 'preparation-for-adulthood',
    title: 'Better preparation for adulthood and post-16 pathways (illustrative)',
    description:
      "Illustrative: improve post-16 pathways and transitions, one of Wiltshire's six programme areas. Not quoted from the agreement.",
  },
  {
    id: 'financial-assurance',
    title: "The deficit management plan's savings delivered and assured (illustrative)",
    description:
      'Illustrative: deliver the savings of the deficit management plan, with monthly financial assurance. Not quoted from the agreement.',
  },
];

function tranches(): AgreementInputBody['tranches'] {
  const [first] = agreement.payments;
  if (!first) throw new Error('Wiltshire: no first payment');
  const later = splitOver(
    agreement.dfeContributionTotal - first.amount,
    financialYearRange('2024-25', LAST_YEAR),
  );
  return [
    {
      id: first.financialYear,
      financialYear: first.financialYear,
      amount: first.amount,
      dueOn: financialYearEnd(first.financialYear),
      conditionIds: [],
    },
    ...[...later].map(([financialYear, amount]) => ({
      id: financialYear,
      financialYear,
      amount,
      dueOn: financialYearEnd(financialYear),
      conditionIds:
        financialYear === '2024-25'
          ? ['ehcp-growth', 'financial-assurance']
          : CONDITIONS.map((c) => c.id),
    })),
  ];
}

export function wiltshireAgreement(): AgreementInputBody {
  return {
    programme: 'safety-valve',
    status: agreement.status,
    signedOn: agreement.signed,
    firstYear: agreement.firstYear,
    lastYear: LAST_YEAR,
    cadence: agreement.cadence,
    dfeContributionTotal: agreement.dfeContributionTotal,
    councilContributionTotal: agreement.councilContributionTotal,
    trajectory: trajectory(),
    conditions: CONDITIONS,
    tranches: tranches(),
    reason:
      "Version 1, as signed on 1 March 2024. Real (from Wiltshire's reports): the start in 2023-24, DfE's £67m of which £26.8m was paid in March 2024, the council's £70.2m, and the cumulative mitigated deficit of £137.2m at the plan's end. That deficit is stated before the Safety Valve contributions (which add up to it), so this trajectory and the returns are too. Illustrative (demo only): the term's end in 2029-30, the trajectory's path to £137.2m and its in-year balances, the planned EHCPs, the profile of the remaining £40.2m (£6.7m a year), and the conditions.",
  };
}

const plannedDeficit = (fy: string) =>
  fy === LAST_YEAR ? agreement.forecastCumulativeDeficitAtPlanEnd : (PATH[fy]?.deficit ?? 0);

/** ILLUSTRATIVE figures of each return. */
const RETURNS = [
  {
    period: '2023-24-Q4',
    savingsTarget: 4_000_000,
    savingsAchieved: 3_850_000,
    forecast: 58_200_000,
    ehcps: 5_210,
    newEhcps: 262,
    ceased: 61,
    requests: 418,
    within20: 38.5,
    backlog: 640,
    awaiting: 96,
  },
  {
    period: '2024-25-Q1',
    savingsTarget: 6_500_000,
    savingsAchieved: 1_580_000,
    forecast: 81_300_000,
    ehcps: 5_420,
    newEhcps: 291,
    ceased: 78,
    requests: 466,
    within20: 41.2,
    backlog: 610,
    awaiting: 104,
  },
  {
    period: '2024-25-Q2',
    savingsTarget: 6_500_000,
    savingsAchieved: 3_190_000,
    forecast: 81_500_000,
    ehcps: 5_610,
    newEhcps: 268,
    ceased: 75,
    requests: 452,
    within20: 44.0,
    backlog: 575,
    awaiting: 118,
  },
  {
    period: '2024-25-Q3',
    savingsTarget: 6_500_000,
    savingsAchieved: 4_750_000,
    forecast: 81_900_000,
    ehcps: 5_800,
    newEhcps: 259,
    ceased: 66,
    requests: 447,
    within20: 46.8,
    backlog: 540,
    awaiting: 125,
  },
] as const;

const INCOME: Record<string, number> = { '2023-24': 66_000_000, '2024-25': 71_500_000 };

function content(r: (typeof RETURNS)[number], previousYearEnd: number): ReturnDraft {
  const fy = periodFinancialYear(r.period);
  const plannedEhcps = PATH[fy]?.ehcps ?? 0;
  const overPlan = r.ehcps - plannedEhcps;
  const overPct = Math.round((overPlan / plannedEhcps) * 1000) / 10;
  const growthAboveTolerance = r.ehcps > plannedEhcps * 1.05;
  return {
    finance: financeOf({
      income: INCOME[fy] ?? 0,
      previousYearEndDeficit: previousYearEnd,
      forecastCumulativeDeficit: r.forecast,
      savingsTarget: r.savingsTarget,
      savingsAchieved: r.savingsAchieved,
    }),
    demand: {
      ehcpsTotal: r.ehcps,
      newEhcps: r.newEhcps,
      assessmentRequests: r.requests,
      plansCeased: r.ceased,
      issuedWithin20WeeksPct: r.within20,
      annualReviewBacklog: r.backlog,
      awaitingSpecialistPlace: r.awaiting,
    },
    placements: placementsOf(r.ehcps, {
      mainstream: 0.4,
      resourcedProvision: 0.04,
      laMaintainedSpecial: 0.18,
      academySpecial: 0.14,
      independentSpecial: 0.06,
      nonMaintainedSpecial: 0.015,
      alternativeProvision: 0.015,
      post16: 0.12,
    }),
    conditions: [
      condition(
        'ehcp-growth',
        growthAboveTolerance ? 'at-risk' : 'on-track',
        `${formatCount(r.ehcps)} EHCPs maintained against ${formatCount(plannedEhcps)} planned for the end of ${fy} (${overPct}% above).`,
        growthAboveTolerance ? 'Monthly EHCP dashboard; SEND panel decisions.' : undefined,
      ),
      condition(
        'mainstream-inclusion',
        'on-track',
        'Inclusion funding and outreach from special schools in place in every secondary hub.',
      ),
      condition(
        'preparation-for-adulthood',
        'on-track',
        'Post-16 pathway review under way; the programme area is rated amber.',
      ),
      condition(
        'financial-assurance',
        'on-track',
        'Savings on track and reported monthly to the programme board; finances rated green.',
      ),
    ],
    workstreams: agreement.programmeAreas.map((area) => ({
      name: area.name,
      rag: area.rag,
      note: "RAG as reported in the council's Safety Valve progress reporting (real).",
    })),
    risks: [
      {
        title: "EHCP numbers growing faster than the plan's forecast",
        rag: fy === '2023-24' ? 'amber' : 'red',
        mitigation: 'Demand forecast refreshed; early help and SEN support strengthened.',
      },
      {
        title: 'Sufficiency of local specialist places',
        rag: 'amber',
        mitigation: 'Capital programme for new resource bases and special school places.',
      },
    ],
    narrative: `${ILLUSTRATIVE_RETURN} Real context: Wiltshire's finances were rated green with two of six programme areas amber, and EHCP numbers were growing faster than forecast (June 2024). The cumulative deficit is stated before the Safety Valve contributions (DfE £67m, council £70.2m), on the same basis as the agreement's trajectory: forecast ${formatMillions(r.forecast)} against ${formatMillions(plannedDeficit(fy))} planned for the end of ${fy}. EHCPs: ${formatCount(r.ehcps)}, ${formatCount(Math.max(0, overPlan))} above the plan's forecast.`,
  };
}

function wiltshireReturns(): DemoReturn[] {
  const [q4, q1, q2, q3] = RETURNS;
  const yearEnd2023 = q4.forecast;
  const accepted = (
    r: (typeof RETURNS)[number],
    opening: number,
    days: { save: number; submit: number; review: number },
    comments: string,
  ): DemoReturn => ({
    period: r.period,
    saves: [{ on: daysAfter(r.period, days.save, '11:30'), content: content(r, opening) }],
    submit: { on: daysAfter(r.period, days.submit, '14:10'), signOff: SIGN_OFF },
    review: { on: daysAfter(r.period, days.review, '10:15'), decision: 'accept', comments },
  });
  return [
    accepted(
      q4,
      OPENING_DEFICIT,
      { save: 15, submit: 26, review: 44 },
      'Demo review: accepted. The first return under the agreement; the forecast is within tolerance.',
    ),
    // Submitted three days after it was due, so the list shows a late return.
    accepted(
      q1,
      yearEnd2023,
      { save: 18, submit: 33, review: 50 },
      "Demo review: accepted, though submitted after the due date. EHCPs are above the plan's forecast for 2024-25: DfE will discuss the demand forecast at the next monitoring meeting.",
    ),
    accepted(
      q2,
      yearEnd2023,
      { save: 16, submit: 25, review: 53 },
      'Demo review: accepted. Finances on plan; EHCP growth remains above the forecast and the condition is assessed at risk.',
    ),
    {
      period: q3.period,
      saves: [{ on: daysAfter(q3.period, 20, '12:00'), content: content(q3, yearEnd2023) }],
      submit: { on: daysAfter(q3.period, 27, '16:45'), signOff: SIGN_OFF },
    },
  ];
}

export function wiltshireTimeline(ctx: SeedContext): DemoEvent[] {
  const signed = at(agreement.signed, '10:00');
  const [first] = agreement.payments;
  const released = at('2024-03-28', '15:00');
  const assessed = at('2024-11-25', '11:00');
  const q2Ehcps = RETURNS[2].ehcps;
  return [
    { on: signed, run: () => seedAgreement(ctx, wiltshireAgreement(), signed) },
    {
      on: released,
      run: () =>
        seedTrancheDecision(
          ctx,
          first?.financialYear ?? '2023-24',
          {
            decision: 'release',
            reason: `First payment of ${millions(first?.amount ?? 0)}, paid in March 2024 (real). The decision's exact date and wording are illustrative.`,
          },
          released,
        ),
    },
    {
      on: assessed,
      run: () =>
        seedAssessment(
          ctx,
          'ehcp-growth',
          {
            period: '2024-25-Q2',
            status: 'at-risk',
            note: `Illustrative demo assessment, not a DfE record. ${formatCount(q2Ehcps)} EHCPs against ${formatCount(PATH['2024-25']?.ehcps ?? 0)} planned for 2024-25: growth is well above the plan's forecast (real: Wiltshire reported EHCPs growing faster than forecast in June 2024).`,
          },
          assessed,
        ),
    },
    {
      on: assessed,
      run: () =>
        seedAssessment(
          ctx,
          'financial-assurance',
          {
            period: '2024-25-Q2',
            status: 'on-track',
            note: 'Illustrative demo assessment, not a DfE record. Spending is on the agreed trajectory.',
          },
          new Date(assessed.getTime() + 5 * 60_000),
        ),
    },
    ...wiltshireReturns().map((r) => ({
      on: r.saves[0]?.on ?? new Date(0),
      run: () => seedReturn(ctx, r),
      lane: 'returns',
    })),
  ];
}
