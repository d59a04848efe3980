import {
  financialYearEnd,
  formatMillions,
  parsePeriod,
  periodEnd,
  periodsInTerm,
} from '../../../shared/domain';
import type { AgreementInputBody, Condition } from '../../../shared/schemas/agreement';
import type {
  ConditionStatus,
  Rag,
  ReturnDraft,
  Risk,
  Workstream,
} from '../../../shared/schemas/return-content';
import { BURY } from './demo-data';
import {
  condition,
  daysAfter,
  financeOf,
  ILLUSTRATIVE_RETURN,
  millions,
  pct,
  placementsOf,
  thousands,
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
 * Bury (351). REAL, from councils.json: the agreement's term, signing date, cadence, the
 * DfE contribution of £20m and its payment profile by year, the DSG recovery profile from
 * the 2019-20 baseline (all five published rows: "Pre PSV", the deficit with the
 * council's own recovery plan before any Safety Valve money, as the mitigated deficit;
 * the DfE contributions as the tranches; "PSV programme capacity" as the programme cost;
 * the cumulative position as the planned deficit; "Post PSV" follows from them), the
 * eight workstream names, the extension to nine years (March 2024) and the council's £2m
 * a year from its general fund for 2025-26 to 2027-28. ILLUSTRATIVE: the wording of the
 * five conditions (from the data's `illustrative` block) and their measures, the
 * tranches' due dates and their links to conditions, when each tranche was released, the
 * mitigations' planned savings, the extension years' planned figures (not public), every
 * figure in the returns, the workstreams' RAG ratings and DfE's assessments.
 *
 * The story, as at mid-February 2025: fifteen quarters reported close to plan and
 * accepted; DfE assessed the independent-placements condition at risk in November 2024,
 * so the last £3.0m tranche cannot be released without an override; the 2024-25 Q3
 * return forecasts £3.5m worse than the agreed year-end position and awaits review; the
 * Q4 return is a draft in progress.
 */

const agreement = BURY.agreement;

const SIGN_OFF = { name: `${BURY.name} Section 151 officer`, role: 'Section 151 officer' };

const CONDITIONS: { id: string; title: string; measure?: Condition['measure'] }[] = [
  {
    id: 'ehc-quality-timeliness',
    title: 'EHC needs assessments, plans and annual reviews: quality and timeliness',
    measure: {
      key: 'demand.issuedWithin20WeeksPct',
      unit: '%',
      direction: 'increase',
      targets: [
        { financialYear: '2021-22', value: 35 },
        { financialYear: '2022-23', value: 45 },
        { financialYear: '2023-24', value: 55 },
        { financialYear: '2024-25', value: 60 },
      ],
    },
  },
  {
    id: 'independent-placements',
    title: 'Fewer independent special school placements, with more local provision',
    measure: {
      key: 'placements.independentSpecial',
      unit: 'children',
      direction: 'decrease',
      targets: [
        { financialYear: '2022-23', value: 120 },
        { financialYear: '2023-24', value: 110 },
        { financialYear: '2024-25', value: 100 },
      ],
    },
  },
  {
    id: 'management-information',
    title: 'Timely management information on the impact of SEND support',
  },
  {
    id: 'high-needs-spending',
    title: 'Effective high needs spending, including mainstream top-up funding',
  },
  { id: 'demand-management', title: 'Demand managed so that resources are allocated equitably' },
];

const TRANCHE_CONDITIONS: Record<string, string[]> = {
  '2020-21': [],
  '2021-22': ['ehc-quality-timeliness', 'management-information'],
  '2022-23': ['independent-placements', 'high-needs-spending'],
  '2023-24': ['ehc-quality-timeliness', 'independent-placements', 'demand-management'],
  '2024-25': ['independent-placements', 'high-needs-spending', 'demand-management'],
};

const termYears = agreement.trajectory.filter((y) => y.financialYear !== '2019-20');

/**
 * ILLUSTRATIVE mitigations: four of Bury's real workstreams as the plan's actions, with
 * planned savings (the reports give none per workstream) adding up to the in-year
 * savings targets the demo's returns use.
 */
const MITIGATIONS: {
  id: string;
  title: string;
  workstream: string;
  share: number;
}[] = [
  {
    id: 'graduated-approach',
    title: 'More needs met in mainstream schools through the graduated approach',
    workstream: 'Graduated approach',
    share: 0.35,
  },
  {
    id: 'local-specialist-places',
    title: 'Local specialist places instead of independent special school placements',
    workstream: 'Strategy and policy',
    share: 0.3,
  },
  {
    id: 'assessment-practice',
    title: 'Consistent EHC needs assessment and annual review practice',
    workstream: 'Practice and process',
    share: 0.2,
  },
  {
    id: 'top-up-banding',
    title: 'Mainstream top-up funding banded and reviewed',
    workstream: 'Finance',
    share: 0.15,
  },
];

/** The savings a mitigation plans for a year (its share of the year's target). */
function plannedSaving(share: number, fy: string): number {
  return Math.round((SAVINGS[fy] ?? 0) * share);
}

function buryMitigations(): NonNullable<AgreementInputBody['mitigations']> {
  return MITIGATIONS.map((m) => ({
    id: m.id,
    title: `${m.title} (illustrative savings)`,
    workstream: m.workstream,
    plannedSavings: Object.keys(SAVINGS).map((financialYear) => ({
      financialYear,
      amount: plannedSaving(m.share, financialYear),
    })),
  }));
}

export function buryAgreement(): AgreementInputBody {
  return {
    programme: 'safety-valve',
    status: agreement.status,
    signedOn: agreement.signed,
    firstYear: agreement.firstYear,
    lastYear: agreement.lastYear,
    cadence: agreement.cadence,
    dfeContributionTotal: agreement.dfeContributionTotal,
    trajectory: agreement.trajectory.map((y) => ({
      financialYear: y.financialYear,
      plannedCumulativeDeficit: y.plannedCumulativeDeficit,
      mitigatedCumulativeDeficit: y.mitigatedCumulativeDeficit,
      ...(y.programmeCost === undefined ? {} : { programmeCost: y.programmeCost }),
    })),
    mitigations: buryMitigations(),
    conditions: CONDITIONS.map((c, i) => ({
      id: c.id,
      title: `${c.title} (illustrative)`,
      description: `Illustrative: ${agreement.illustrative.conditions[i] ?? c.title}. The wording paraphrases the aims of Bury's plan for the demo; it is not quoted from the agreement, and any targets are illustrative.`,
      ...(c.measure ? { measure: c.measure } : {}),
    })),
    tranches: termYears.map((y) => ({
      id: y.financialYear,
      financialYear: y.financialYear,
      amount: y.dfeContribution ?? 0,
      dueOn: financialYearEnd(y.financialYear),
      conditionIds: TRANCHE_CONDITIONS[y.financialYear] ?? [],
    })),
    reason:
      "Version 1, as signed on 19 March 2021. Real (from Bury's agreement and reports): the term, the DfE contribution of £20m and its payment profile (£6.0m, £4.0m, £4.0m, £3.0m, £3.0m), and the DSG recovery profile from the 2019-20 baseline: the deficit with the council's own recovery plan before Safety Valve money (Pre PSV), the programme's capacity cost and the resulting cumulative position. Illustrative (demo only): the conditions' wording and targets, the tranches' due dates (31 March of each year) and their links to conditions, and the mitigations' planned savings.",
  };
}

/**
 * ILLUSTRATIVE: the extension years' figures, which are not public. Each reconciles: the
 * mitigated deficit less DfE's £20m and the council's earlier contributions, less the
 * year's council contribution, plus the programme cost, is the planned deficit.
 */
const EXTENSION: {
  financialYear: string;
  mitigated: number;
  council: number;
  programme: number;
}[] = [
  { financialYear: '2025-26', mitigated: 21_800_000, council: 2_000_000, programme: 0 },
  { financialYear: '2026-27', mitigated: 23_700_000, council: 2_000_000, programme: 0 },
  { financialYear: '2027-28', mitigated: 25_600_000, council: 2_000_000, programme: 0 },
  { financialYear: '2028-29', mitigated: 25_400_000, council: 0, programme: 0 },
];

/** The variation of March 2024: nine years, with the council's own contribution. */
export function buryExtension(): AgreementInputBody {
  const v1 = buryAgreement();
  let councilBefore = 0;
  const extension = EXTENSION.map((y) => {
    const planned =
      y.mitigated - agreement.dfeContributionTotal - councilBefore - y.council + y.programme;
    councilBefore += y.council;
    return {
      financialYear: y.financialYear,
      plannedCumulativeDeficit: planned,
      mitigatedCumulativeDeficit: y.mitigated,
      councilContribution: y.council,
      programmeCost: y.programme,
    };
  });
  return {
    ...v1,
    lastYear: '2028-29',
    councilContributionTotal: councilBefore,
    trajectory: [...v1.trajectory, ...extension],
    reason:
      "Variation of March 2024: the term extended to nine years (to 2028-29), and Bury's council contribution of £2m a year from its general fund for 2025-26 to 2027-28 recorded. Real: the extension and the council contribution. Illustrative (not public): the extension years' planned figures (2025-26 to 2028-29); the DfE contribution and its profile are unchanged.",
  };
}

const planned = (fy: string) => {
  const year = agreement.trajectory.find((y) => y.financialYear === fy);
  if (!year) throw new Error(`Bury has no trajectory year ${fy}`);
  return year.plannedCumulativeDeficit;
};
const payment = (fy: string) =>
  agreement.trajectory.find((y) => y.financialYear === fy)?.dfeContribution ?? 0;

/** ILLUSTRATIVE high needs block income by year. */
const INCOME: Record<string, number> = {
  '2020-21': 31_200_000,
  '2021-22': 34_600_000,
  '2022-23': 38_100_000,
  '2023-24': 41_900_000,
  '2024-25': 44_600_000,
};
/** ILLUSTRATIVE in-year savings targets. */
const SAVINGS: Record<string, number> = {
  '2021-22': 3_000_000,
  '2022-23': 3_500_000,
  '2023-24': 4_000_000,
  '2024-25': 4_000_000,
};
/** ILLUSTRATIVE: how far each quarter's year-end forecast sits from the plan. */
const OFFSET_BY_QUARTER = [150_000, 90_000, 40_000, -30_000];
const OFFSET_2024_25: Record<number, number> = {
  1: 210_000,
  2: 380_000,
  3: 3_520_000,
  4: 3_780_000,
};

function forecastFor(period: string): number {
  const { financialYear, index } = parse(period);
  const offset = financialYear === '2024-25' ? OFFSET_2024_25[index] : OFFSET_BY_QUARTER[index - 1];
  return planned(financialYear) + (offset ?? 0);
}

function parse(period: string) {
  const parsed = parsePeriod(period);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** The last year's closing position: the baseline, then each year's Q4 forecast. */
function previousYearEnd(fy: string): number {
  const start = Number(fy.slice(0, 4));
  const previous = `${start - 1}-${String(start % 100).padStart(2, '0')}`;
  return previous === '2019-20' ? planned('2019-20') : forecastFor(`${previous}-Q4`);
}

/** ILLUSTRATIVE independent special school placements: falling, then rising in 2024-25. */
function independentPlacements(i: number, fy: string, quarter: number): number {
  if (fy === '2024-25') return [108, 114, 122, 126][quarter - 1] ?? 126;
  return 128 - 2 * i;
}

function target(conditionId: string, fy: string): number | undefined {
  return CONDITIONS.find((c) => c.id === conditionId)?.measure?.targets.find(
    (t) => t.financialYear === fy,
  )?.value;
}

function buryReturnContent(period: string, i: number, forecast = forecastFor(period)) {
  const { financialYear: fy, index: quarter } = parse(period);
  const late2024 = fy === '2024-25' && quarter >= 2;
  const plan = planned(fy);

  const plansCeased = 22 + (i % 4) * 3;
  const ehcpsTotal = 1760 + 42 * i;
  const demand = {
    ehcpsTotal,
    newEhcps: 42 + plansCeased + ((i % 3) - 1) * 2,
    assessmentRequests: 118 + (i % 3) * 11 + i * 2,
    plansCeased,
    issuedWithin20WeeksPct: pct(Math.min(64, 28 + 2.4 * i)),
    annualReviewBacklog: Math.max(60, 320 - 14 * i),
    awaitingSpecialistPlace: 14 + (i % 4) * 3 + (fy === '2024-25' ? 8 : 0),
  };
  const independentSpecial = independentPlacements(i, fy, quarter);
  const placements = placementsOf(
    ehcpsTotal,
    {
      mainstream: 0.36 + 0.003 * i,
      resourcedProvision: 0.05,
      laMaintainedSpecial: 0.22 - 0.002 * i,
      academySpecial: 0.12,
      independentSpecial: 0,
      nonMaintainedSpecial: 0.01,
      alternativeProvision: 0.02,
      post16: 0.12,
    },
    { independentSpecial },
  );

  const savingsTarget = SAVINGS[fy];
  const finance = financeOf({
    income: INCOME[fy] ?? 0,
    previousYearEndDeficit: previousYearEnd(fy),
    forecastCumulativeDeficit: forecast,
    safetyValvePayment: payment(fy),
    ...(savingsTarget === undefined
      ? {}
      : {
          savingsTarget,
          savingsAchieved: thousands(
            ((savingsTarget * quarter) / 4) * (fy === '2024-25' && quarter >= 3 ? 0.7 : 0.95),
          ),
        }),
  });

  const inmssTarget = target('independent-placements', fy);
  const status = (id: string): ConditionStatus => {
    if (id === 'independent-placements' && late2024) return 'at-risk';
    if (id === 'high-needs-spending' && fy === '2024-25' && quarter >= 3) return 'at-risk';
    if (id === 'management-information' && fy >= '2022-23') return 'met';
    return 'on-track';
  };
  const conditions = [
    condition(
      'ehc-quality-timeliness',
      status('ehc-quality-timeliness'),
      `${demand.issuedWithin20WeeksPct}% of new EHCPs issued within 20 weeks this quarter; annual review backlog ${demand.annualReviewBacklog}.`,
    ),
    condition(
      'independent-placements',
      status('independent-placements'),
      inmssTarget === undefined
        ? `${independentSpecial} children in independent special schools; new local places are being commissioned.`
        : `${independentSpecial} children in independent special schools against a target of ${inmssTarget} by the end of ${fy}.`,
      late2024 ? 'Placement panel minutes; sufficiency plan update.' : undefined,
    ),
    condition(
      'management-information',
      status('management-information'),
      status('management-information') === 'met'
        ? 'The SEND dashboard is live and reported monthly to the programme board.'
        : 'SEND dashboard in development with the council’s business intelligence team.',
    ),
    condition(
      'high-needs-spending',
      status('high-needs-spending'),
      status('high-needs-spending') === 'at-risk'
        ? 'Top-up and placement costs are running above the budget set in the plan.'
        : 'Mainstream top-up banding reviewed with schools; spending within the plan.',
    ),
    condition(
      'demand-management',
      'on-track',
      'Requests for assessment are considered at a multi-agency panel each week.',
    ),
  ];

  const rag = (name: string): { rag: Rag; note?: string } => {
    if (name === 'Technology' && fy <= '2021-22')
      return { rag: 'amber', note: 'Case management system upgrade in progress.' };
    if (name === 'Workforce' && fy >= '2023-24')
      return { rag: 'amber', note: 'Educational psychologist vacancies.' };
    if (name === 'Finance' && fy === '2024-25' && quarter >= 3)
      return { rag: 'red', note: 'Forecast above the agreed trajectory.' };
    if (name === 'Graduated approach' && late2024)
      return { rag: 'amber', note: 'Roll-out to secondary schools behind schedule.' };
    return { rag: 'green' };
  };
  const workstreams: Workstream[] = agreement.workstreams.map((name) => ({ name, ...rag(name) }));

  const risks: Risk[] = [
    {
      title: 'Requests for EHC needs assessment above forecast',
      rag: 'amber',
      mitigation: 'SEN support and early help offer strengthened through the graduated approach.',
    },
    {
      title: 'Cost of independent special school placements',
      rag: late2024 ? 'red' : 'amber',
      mitigation: 'More local specialist and resourced places; termly review of every placement.',
    },
    ...(fy >= '2023-24'
      ? [
          {
            title: 'Recruitment of educational psychologists',
            rag: 'amber' as const,
            mitigation: 'Regional recruitment campaign and trainee placements.',
          },
        ]
      : []),
  ];

  const position =
    forecast - plan > 500_000
      ? `The forecast is ${formatMillions(forecast - plan)} worse than the agreed trajectory, mainly from new independent special school placements and higher post-16 top-up costs; a recovery plan goes to the Schools Forum in February.`
      : 'The forecast is within tolerance of the agreed trajectory.';
  const narrative = `${ILLUSTRATIVE_RETURN} It is set against Bury's real agreed trajectory: a planned cumulative deficit of ${formatMillions(plan)} at the end of ${fy}. Forecast cumulative deficit at the year end: ${formatMillions(forecast)}. ${position}`;

  // ILLUSTRATIVE savings by mitigation: on track, then short in late 2024-25.
  const mitigations = MITIGATIONS.map((m) => {
    const plannedForYear = plannedSaving(m.share, fy);
    const short = fy === '2024-25' && quarter >= 3 && m.id !== 'top-up-banding';
    const achieved = short ? 0.7 : 0.95;
    const rag: Rag = plannedForYear === 0 || !short ? 'green' : 'red';
    return {
      mitigationId: m.id,
      savingsToDate: thousands(((plannedForYear * quarter) / 4) * achieved),
      forecastSavings: thousands(plannedForYear * achieved),
      rag,
      ...(short ? { note: 'Illustrative: behind plan as new independent placements rose.' } : {}),
    };
  });

  return {
    finance,
    demand,
    placements,
    conditions,
    workstreams,
    risks,
    mitigations,
    narrative,
  } satisfies ReturnDraft;
}

/** Every quarter from the first one ending after signing (2020-21 Q4) to 2024-25 Q4. */
const periods = periodsInTerm('quarterly', agreement.firstYear, agreement.lastYear).filter(
  (p) => periodEnd(p) >= agreement.signed,
);

function buryReturns(): DemoReturn[] {
  return periods.map((period, i): DemoReturn => {
    const content = buryReturnContent(period, i);
    if (period === '2024-25-Q4') {
      // In progress: the quarter has not ended; the finance team has started the forecast.
      return {
        period,
        saves: [
          {
            on: at('2025-02-12', '14:20'),
            content: {
              finance: content.finance,
              demand: { ehcpsTotal: content.demand.ehcpsTotal },
              narrative: `${ILLUSTRATIVE_RETURN} Draft in progress: the forecast is updated monthly; demand and placements follow after the January census.`,
            },
          },
        ],
      };
    }
    if (period === '2024-25-Q3') {
      // First saved with an early forecast, revised before sign-off; awaiting DfE review.
      const early = buryReturnContent(period, i, 1_940_000).finance;
      return {
        period,
        saves: [
          {
            on: daysAfter(period, 9, '11:05'),
            content: { finance: early, narrative: `${ILLUSTRATIVE_RETURN} Early forecast.` },
          },
          { on: daysAfter(period, 20, '16:40'), content },
        ],
        submit: { on: daysAfter(period, 24, '09:30'), signOff: SIGN_OFF },
      };
    }
    return {
      period,
      saves: [{ on: daysAfter(period, 12, '11:00'), content }],
      submit: { on: daysAfter(period, 22, '15:00'), signOff: SIGN_OFF },
      review: {
        on: daysAfter(period, 40, '10:30'),
        decision: 'accept',
        comments:
          'Demo review: accepted. The forecast is within tolerance of the agreed trajectory.',
      },
    };
  });
}

const ASSESSMENT_NOTE = 'Illustrative demo assessment, not a DfE record.';

function assessments(): {
  on: Date;
  conditionId: string;
  period: string;
  status: ConditionStatus;
  note: string;
}[] {
  const onTrack = (on: Date, period: string, ids: string[]) =>
    ids.map((conditionId) => ({
      on,
      conditionId,
      period,
      status: 'on-track' as const,
      note: `${ASSESSMENT_NOTE} Progress in line with the plan.`,
    }));
  return [
    ...onTrack(at('2022-03-14'), '2021-22-Q3', TRANCHE_CONDITIONS['2021-22'] ?? []),
    ...onTrack(at('2023-03-13'), '2022-23-Q3', TRANCHE_CONDITIONS['2022-23'] ?? []),
    ...onTrack(at('2024-03-11'), '2023-24-Q3', TRANCHE_CONDITIONS['2023-24'] ?? []),
    {
      on: at('2024-11-20', '11:00'),
      conditionId: 'independent-placements',
      period: '2024-25-Q2',
      status: 'at-risk',
      note: `${ASSESSMENT_NOTE} Independent special school placements have risen for two quarters (${independentPlacements(0, '2024-25', 2)} against a target of ${target('independent-placements', '2024-25') ?? ''} for 2024-25); DfE wants the sufficiency plan's new local places brought forward.`,
    },
    ...onTrack(at('2024-11-20', '11:05'), '2024-25-Q2', [
      'high-needs-spending',
      'demand-management',
    ]),
  ];
}

/** ILLUSTRATIVE: the day DfE released each year's payment (the last is still scheduled). */
const RELEASED_ON: Record<string, string> = {
  '2020-21': '2021-03-26',
  '2021-22': '2022-03-25',
  '2022-23': '2023-03-24',
  '2023-24': '2024-03-22',
};

const RELEASES: { id: string; on: Date; reason: string }[] = termYears
  .filter((y) => RELEASED_ON[y.financialYear])
  .map((y) => {
    const fy = y.financialYear;
    const amount = millions(y.dfeContribution ?? 0);
    return {
      id: fy,
      on: at(RELEASED_ON[fy] ?? '', '15:00'),
      reason:
        fy === '2020-21'
          ? `Initial payment of ${amount} under the agreement signed on 19 March 2021. The amount is the agreement's; the decision's date and wording are illustrative.`
          : `Satisfactory progress: ${amount} released for ${fy} as the agreement's payment profile. The amount is the agreement's; the decision's date and wording are illustrative.`,
    };
  });

/** ILLUSTRATIVE day in March 2024 when the extension was recorded. */
const EXTENDED_ON = '2024-03-15';

export function buryTimeline(ctx: SeedContext): DemoEvent[] {
  return [
    {
      on: at(agreement.signed, '10:00'),
      run: () => seedAgreement(ctx, buryAgreement(), at(agreement.signed, '10:00')),
    },
    {
      on: at(EXTENDED_ON, '12:00'),
      run: () => seedAgreement(ctx, buryExtension(), at(EXTENDED_ON, '12:00')),
    },
    ...RELEASES.map((r) => ({
      on: r.on,
      run: () => seedTrancheDecision(ctx, r.id, { decision: 'release', reason: r.reason }, r.on),
    })),
    ...assessments().map((a) => ({
      on: a.on,
      run: () =>
        seedAssessment(
          ctx,
          a.conditionId,
          { period: a.period, status: a.status, note: a.note },
          a.on,
        ),
    })),
    ...buryReturns().map((r) => ({
      on: r.saves[0]?.on ?? new Date(0),
      run: () => seedReturn(ctx, r),
      lane: 'returns',
    })),
  ];
}
