import {
  financialYearEnd,
  financialYearRange,
  formatCount,
  formatMillions,
  periodFinancialYear,
} from '../../../shared/domain';
import type { AgreementInputBody, TrajectoryYear } from '../../../shared/schemas/agreement';
import type { ConditionStatus, ReturnDraft } from '../../../shared/schemas/return-content';
import { BRISTOL } from './demo-data';
import {
  condition,
  daysAfter,
  financeOf,
  ILLUSTRATIVE_RETURN,
  millions,
  pct,
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
 * Bristol (801). REAL, from councils.json: Safety Valve from 2023-24 to 2028-29, termly,
 * DfE £53.8m of which £21.5m was paid on 31 March 2024; EHCPs by setting in January 2022
 * (3,416 in all: 1,007 in mainstream, 1,086 in maintained special, 92 in independent
 * special schools) and the 2021-22 cost of the last two; and, from docs/domain.md, that Bristol
 * was about £10m off plan by November 2024. ILLUSTRATIVE: the signing date, the trajectory
 * and planned EHCPs, the profile of the remaining £32.3m, the conditions, every figure in
 * the returns (placement shares follow January 2022's) and DfE's assessments.
 *
 * The story, as at mid-February 2025: the first return under the agreement was on plan;
 * by the summer term the forecast had drifted £4.6m above it, and the autumn return (to
 * November 2024) forecast about £10m above plan and reported the deficit-recovery
 * condition not met; DfE sent it back asking for a recovery plan, and had already assessed
 * that condition at risk, so the 2024-25 tranche is held up.
 */

const agreement = BRISTOL.agreement;
const placements2022 = BRISTOL.ehcpsByPlacement;
const SIGNED_ON = '2024-03-15';
const SIGN_OFF = {
  name: `${BRISTOL.name} Director of Children's Services`,
  role: "Director of Children's Services",
};

/** ILLUSTRATIVE: the cumulative deficit after DfE's payments (as Bury's) and the planned EHCPs. */
const BASELINE = { financialYear: '2022-23', deficit: 24_000_000 };
const PATH: Record<string, { deficit: number; ehcps: number }> = {
  '2023-24': { deficit: 18_500_000, ehcps: 4_250 },
  '2024-25': { deficit: 22_000_000, ehcps: 4_550 },
  '2025-26': { deficit: 20_000_000, ehcps: 4_750 },
  '2026-27': { deficit: 14_000_000, ehcps: 4_900 },
  '2027-28': { deficit: 7_000_000, ehcps: 5_000 },
  '2028-29': { deficit: 0, ehcps: 5_050 },
};

function trajectory(): TrajectoryYear[] {
  let previous = BASELINE.deficit;
  return [
    { financialYear: BASELINE.financialYear, plannedCumulativeDeficit: BASELINE.deficit },
    ...financialYearRange(agreement.firstYear, agreement.lastYear).map((financialYear) => {
      const step = PATH[financialYear];
      if (!step) throw new Error(`Bristol: no path for ${financialYear}`);
      const year = {
        financialYear,
        plannedCumulativeDeficit: step.deficit,
        plannedInYearBalance: previous - step.deficit,
        plannedEhcps: step.ehcps,
      };
      previous = step.deficit;
      return year;
    }),
  ];
}

const share = (count: number) => count / placements2022.total;
const sharePct = (count: number) => pct(share(count) * 100);

const CONDITIONS = [
  {
    id: 'mainstream-inclusion',
    title: 'More children with EHCPs supported in mainstream schools (illustrative)',
    description: `Illustrative: raise the share of children with EHCPs in mainstream schools. Real context: ${formatCount(placements2022.mainstream)} of ${formatCount(placements2022.total)} EHCPs (${sharePct(placements2022.mainstream)}%) were in mainstream schools in January 2022.`,
  },
  {
    id: 'independent-placements',
    title: 'Less reliance on independent special schools (illustrative)',
    description: `Illustrative: reduce new placements in independent special schools. Real context: in ${BRISTOL.highNeedsSpend.financialYear}, ${BRISTOL.highNeedsSpend.independentSpecial.children} children in independent special schools cost ${millions(BRISTOL.highNeedsSpend.independentSpecial.amount)}, against ${millions(BRISTOL.highNeedsSpend.maintainedSpecial.amount)} for ${formatCount(BRISTOL.highNeedsSpend.maintainedSpecial.children)} in maintained special schools.`,
  },
  {
    id: 'local-specialist-places',
    title: 'More local specialist places (illustrative)',
    description:
      'Illustrative: open new special school and resourced places in the city. Not quoted from the agreement.',
  },
  {
    id: 'deficit-recovery',
    title: 'The DSG deficit kept on the agreed trajectory (illustrative)',
    description:
      'Illustrative: deliver the savings of the deficit management plan so that the cumulative deficit follows the agreed trajectory. Not quoted from the agreement.',
  },
];

/**
 * ILLUSTRATIVE mitigations: the demo's four themes of Bristol's plan, with planned
 * savings (not public) that add up to the savings targets its returns report.
 */
const MITIGATIONS = [
  { id: 'inclusion-in-mainstream', title: 'Inclusion in mainstream schools', share: 0.35 },
  { id: 'specialist-sufficiency', title: 'Local specialist places (sufficiency)', share: 0.3 },
  {
    id: 'assessment-and-reviews',
    title: 'EHC needs assessment and annual reviews',
    share: 0.15,
  },
  {
    id: 'finance-and-commissioning',
    title: 'Finance and commissioning of placements',
    share: 0.2,
  },
] as const;
const WORKSTREAM: Record<string, string> = {
  'inclusion-in-mainstream': 'Inclusion in mainstream',
  'specialist-sufficiency': 'Specialist sufficiency',
  'assessment-and-reviews': 'Assessment and annual reviews',
  'finance-and-commissioning': 'Finance and commissioning',
};
/** ILLUSTRATIVE savings planned each year, over all mitigations. */
const SAVINGS_PLANNED: Record<string, number> = {
  '2023-24': 5_000_000,
  '2024-25': 9_000_000,
  '2025-26': 9_500_000,
  '2026-27': 10_000_000,
  '2027-28': 10_000_000,
  '2028-29': 10_000_000,
};
const plannedSaving = (share: number, fy: string) => Math.round((SAVINGS_PLANNED[fy] ?? 0) * share);

/**
 * REAL: Bristol's Delivering Better Value baseline, EHCPs by setting at the January 2022
 * census and the 2021-22 high needs spend on maintained and independent special schools.
 */
function baseline(): NonNullable<AgreementInputBody['baseline']> {
  const spend = BRISTOL.highNeedsSpend;
  return {
    asAt: '2022-01-20',
    source: `Bristol City Council, Delivering Better Value: EHCPs by setting at the January 2022 census (${formatCount(placements2022.total)} in all; the independent count includes non-maintained special schools) and high needs spend by setting in ${spend.financialYear}`,
    ehcpsTotal: placements2022.total,
    placements: {
      mainstream: placements2022.mainstream,
      laMaintainedSpecial: placements2022.laMaintainedSpecial,
      independentSpecial: placements2022.independentSpecial,
    },
    expenditure: {
      laMaintainedSpecial: spend.maintainedSpecial.amount,
      independentSpecial: spend.independentSpecial.amount,
    },
  };
}

function tranches(): AgreementInputBody['tranches'] {
  const [first] = agreement.payments;
  if (!first) throw new Error('Bristol: no first payment');
  const later = splitOver(
    agreement.dfeContributionTotal - first.amount,
    financialYearRange('2024-25', agreement.lastYear),
  );
  return [
    {
      id: first.financialYear,
      financialYear: first.financialYear,
      amount: first.amount,
      dueOn: first.paid,
      conditionIds: [],
    },
    ...[...later].map(([financialYear, amount]) => ({
      id: financialYear,
      financialYear,
      amount,
      dueOn: financialYearEnd(financialYear),
      conditionIds:
        financialYear === '2024-25'
          ? ['deficit-recovery', 'independent-placements']
          : CONDITIONS.map((c) => c.id),
    })),
  ];
}

export function bristolAgreement(): AgreementInputBody {
  return {
    programme: 'safety-valve',
    status: agreement.status,
    signedOn: SIGNED_ON,
    firstYear: agreement.firstYear,
    lastYear: agreement.lastYear,
    cadence: agreement.cadence,
    dfeContributionTotal: agreement.dfeContributionTotal,
    trajectory: trajectory(),
    conditions: CONDITIONS,
    tranches: tranches(),
    mitigations: MITIGATIONS.map((m) => ({
      id: m.id,
      title: `${m.title} (illustrative savings)`,
      workstream: WORKSTREAM[m.id],
      plannedSavings: financialYearRange(agreement.firstYear, agreement.lastYear).map(
        (financialYear) => ({ financialYear, amount: plannedSaving(m.share, financialYear) }),
      ),
    })),
    baseline: baseline(),
    reason:
      "Version 1. Real (from Bristol's reports): Safety Valve from 2023-24 to 2028-29 after Delivering Better Value, termly reporting, DfE's £53.8m over six years, the first payment of £21.5m on 31 March 2024, and the Delivering Better Value baseline of January 2022 (3,416 EHCPs: 1,007 in mainstream, 1,086 in maintained special and 92 in independent or non-maintained special schools; £33.8m on maintained special and £11.9m on independent special schools). Illustrative (demo only): the signing date, the trajectory (the cumulative deficit after DfE's payments, from a 2022-23 baseline) and planned EHCPs, the profile of the remaining £32.3m, the conditions, and the mitigations' planned savings.",
  };
}

const payments = new Map(tranches().map((t) => [t.financialYear, t.amount]));

interface Figures {
  period: string;
  forecast: number;
  income: number;
  savingsTarget: number;
  savingsAchieved: number;
  /** ILLUSTRATIVE: the savings the return forecasts for the whole year. */
  savingsForecast: number;
  ehcps: number;
  newEhcps: number;
  requests: number;
  ceased: number;
  within20: number;
  backlog: number;
  awaiting: number;
  /** The council's own status for the deficit-recovery condition. */
  recovery: ConditionStatus;
}

/** ILLUSTRATIVE figures of each return. */
const RETURNS: [Figures, Figures, Figures] = [
  {
    period: '2023-24-T3',
    forecast: 18_700_000,
    income: 74_000_000,
    savingsTarget: 5_000_000,
    savingsAchieved: 4_600_000,
    savingsForecast: 4_800_000,
    ehcps: 4_290,
    newEhcps: 245,
    requests: 520,
    ceased: 88,
    within20: 11.5,
    backlog: 1_180,
    awaiting: 142,
    recovery: 'on-track',
  },
  {
    period: '2024-25-T1',
    forecast: 26_600_000,
    income: 79_500_000,
    savingsTarget: 9_000_000,
    savingsAchieved: 1_900_000,
    savingsForecast: 6_500_000,
    ehcps: 4_460,
    newEhcps: 262,
    requests: 548,
    ceased: 92,
    within20: 18.2,
    backlog: 1_040,
    awaiting: 151,
    recovery: 'at-risk',
  },
  {
    period: '2024-25-T2',
    forecast: 32_100_000,
    income: 79_500_000,
    savingsTarget: 9_000_000,
    savingsAchieved: 3_400_000,
    savingsForecast: 5_500_000,
    ehcps: 4_610,
    newEhcps: 251,
    requests: 561,
    ceased: 101,
    within20: 24.6,
    backlog: 905,
    awaiting: 163,
    recovery: 'not-met',
  },
];

function content(r: Figures, previousYearEnd: number): ReturnDraft {
  const fy = periodFinancialYear(r.period);
  const plan = PATH[fy]?.deficit ?? 0;
  const placements = placementsOf(r.ehcps, {
    mainstream: share(placements2022.mainstream),
    resourcedProvision: 0.05,
    laMaintainedSpecial: share(placements2022.laMaintainedSpecial),
    academySpecial: 0.09,
    independentSpecial: share(placements2022.independentSpecial),
    nonMaintainedSpecial: 0.01,
    alternativeProvision: 0.025,
    post16: 0.16,
  });
  const variance = r.forecast - plan;
  const recovery: Record<ConditionStatus, string> = {
    met: '',
    'on-track': 'Savings delivered as planned; the forecast is on the agreed trajectory.',
    'at-risk': `The forecast is ${formatMillions(variance)} above the agreed trajectory: placement costs and new EHCPs are above the plan.`,
    'not-met': `The forecast is ${formatMillions(variance)} above the agreed trajectory; the savings of the plan are not being delivered at the pace agreed.`,
  };
  return {
    finance: financeOf({
      income: r.income,
      previousYearEndDeficit: previousYearEnd,
      forecastCumulativeDeficit: r.forecast,
      safetyValvePayment: payments.get(fy) ?? 0,
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
    placements,
    conditions: [
      condition(
        'mainstream-inclusion',
        'on-track',
        `${formatCount(placements.mainstream)} children with EHCPs in mainstream schools.`,
      ),
      condition(
        'independent-placements',
        'on-track',
        `${placements.independentSpecial} children in independent special schools; every new placement goes to panel.`,
      ),
      condition(
        'local-specialist-places',
        'on-track',
        'New resource bases open in September; the new special school is in design.',
      ),
      condition(
        'deficit-recovery',
        r.recovery,
        recovery[r.recovery],
        r.recovery === 'on-track' ? undefined : 'Monthly high needs budget monitoring report.',
      ),
    ],
    workstreams: [
      { name: 'Inclusion in mainstream', rag: 'green' },
      { name: 'Specialist sufficiency', rag: 'amber', note: 'Capital projects behind schedule.' },
      { name: 'Assessment and annual reviews', rag: r.within20 < 20 ? 'red' : 'amber' },
      {
        name: 'Finance and commissioning',
        rag: r.recovery === 'on-track' ? 'green' : 'red',
      },
    ],
    risks: [
      {
        title: 'High needs spending above the plan',
        rag: r.recovery === 'on-track' ? 'amber' : 'red',
        mitigation: 'Placement review; commissioning of local places.',
      },
      {
        title: 'Timeliness of EHC needs assessments',
        rag: 'red',
        mitigation: 'Additional assessment coordinators and educational psychology capacity.',
      },
    ],
    mitigations: MITIGATIONS.map((m) => {
      const planned = plannedSaving(m.share, fy);
      const ratio = r.savingsForecast / r.savingsTarget;
      const rag = ratio >= 0.9 ? 'green' : ratio >= 0.75 ? 'amber' : 'red';
      return {
        mitigationId: m.id,
        savingsToDate: Math.round(r.savingsAchieved * m.share),
        forecastSavings: Math.round(planned * ratio),
        rag,
        ...(rag === 'green' ? {} : { note: 'Illustrative: savings behind the plan this year.' }),
      };
    }),
    narrative: `${ILLUSTRATIVE_RETURN} The workstreams and their ratings are illustrative too; the placement shares follow Bristol's January 2022 figures (real). Forecast cumulative deficit at the end of ${fy}: ${formatMillions(r.forecast)}, against ${formatMillions(plan)} on the demo's trajectory.${r.period === '2024-25-T2' ? ' The gap of about £10m mirrors what Bristol reported by November 2024 (real).' : ''}`,
  };
}

function bristolReturns(): DemoReturn[] {
  const [t3, t1, t2] = RETURNS;
  const yearEnd2024 = t3.forecast;
  return [
    {
      period: t3.period,
      saves: [{ on: daysAfter(t3.period, 16, '10:40'), content: content(t3, BASELINE.deficit) }],
      submit: { on: daysAfter(t3.period, 25, '15:20'), signOff: SIGN_OFF },
      review: {
        on: daysAfter(t3.period, 50, '09:45'),
        decision: 'accept',
        comments: 'Demo review: accepted. The first return under the agreement; on plan.',
      },
    },
    {
      period: t1.period,
      saves: [{ on: daysAfter(t1.period, 14, '10:40'), content: content(t1, yearEnd2024) }],
      submit: { on: daysAfter(t1.period, 23, '15:20'), signOff: SIGN_OFF },
      review: {
        on: daysAfter(t1.period, 48, '09:45'),
        decision: 'accept',
        comments: `Demo review: accepted. The forecast is ${formatMillions(t1.forecast - (PATH['2024-25']?.deficit ?? 0))} above the agreed trajectory: the next return must set out the recovery actions and their savings.`,
      },
    },
    {
      period: t2.period,
      saves: [{ on: daysAfter(t2.period, 10, '10:40'), content: content(t2, yearEnd2024) }],
      submit: { on: daysAfter(t2.period, 19, '15:20'), signOff: SIGN_OFF },
      review: {
        on: daysAfter(t2.period, 40, '09:45'),
        decision: 'return',
        comments:
          'Demo review: returned. The forecast is about £10m above the agreed trajectory and the deficit-recovery condition is reported not met, but the return sets out no recovery plan. Please resubmit with the recovery actions, their savings by term and a revised forecast for 2024-25 and 2025-26.',
      },
    },
    {
      // The spring term (to March 2025) has not ended: a draft with the forecast so far.
      period: '2024-25-T3',
      saves: [
        {
          on: at('2025-02-10', '13:15'),
          content: {
            finance: content(t2, yearEnd2024).finance,
            narrative: `${ILLUSTRATIVE_RETURN} Draft in progress: the forecast is carried over from the autumn term until the recovery plan DfE asked for is costed.`,
          },
        },
      ],
    },
  ];
}

const NOTE = 'Illustrative demo assessment, not a DfE record.';

export function bristolTimeline(ctx: SeedContext): DemoEvent[] {
  const signed = at(SIGNED_ON, '10:00');
  const [first] = agreement.payments;
  const released = at('2024-03-28', '15:00');
  const assessed = at('2024-09-20', '11:00');
  const assessment = (
    conditionId: string,
    status: ConditionStatus,
    note: string,
    minute: number,
  ) => {
    const on = new Date(assessed.getTime() + minute * 60_000);
    return {
      on,
      run: () =>
        seedAssessment(
          ctx,
          conditionId,
          { period: '2024-25-T1', status, note: `${NOTE} ${note}` },
          on,
        ),
    };
  };
  return [
    { on: signed, run: () => seedAgreement(ctx, bristolAgreement(), signed) },
    {
      on: released,
      run: () =>
        seedTrancheDecision(
          ctx,
          first?.financialYear ?? '2023-24',
          {
            decision: 'release',
            reason: `First payment of ${millions(first?.amount ?? 0)}, paid on 31 March 2024 (real). The decision's date and wording are illustrative.`,
          },
          released,
        ),
    },
    assessment(
      'deficit-recovery',
      'at-risk',
      'The forecast has moved above the agreed trajectory in the first term of 2024-25.',
      0,
    ),
    assessment('independent-placements', 'on-track', 'New placements are going to panel.', 5),
    assessment('mainstream-inclusion', 'on-track', 'Inclusion funding is in place.', 10),
    ...bristolReturns().map((r) => ({
      on: r.saves[0]?.on ?? new Date(0),
      run: () => seedReturn(ctx, r),
      lane: 'returns',
    })),
  ];
}
