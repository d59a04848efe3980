import type { SchemeInput } from '../../../shared/schemas/capital-bid';
import { formatMillions } from '../../../shared/domain';
import {
  BCP_AWAITING_SPECIALIST,
  BCP_CAPITAL,
  BURY_CAPITAL,
  WILTSHIRE_CAPITAL,
} from './capital-data';
import { seedCapitalBid, seedCapitalDecision, seedSchemeProgress } from './capital-writes';
import { splitOver } from './demo-return';
import { at, type DemoEvent, type SeedContext } from './seed-writes';

/**
 * The councils' high needs capital bids. REAL, from councils.json: what each asked for,
 * Bury's count of developments (18, 6 of them from its existing capital), DfE's award of
 * £3.781m on 30 June 2021 with strong support for 7 schemes totalling £1.700m and the
 * £2.081m balance for further consideration among 5 others, Vision House opening on
 * 24 September 2021, the special free school's approval with recommendations, BCP's c£5m
 * bid awaiting a decision and Wiltshire's £5.7m bid with DfE's request for more
 * information in May 2024. ILLUSTRATIVE, and labelled so in the titles and notes: the
 * titles, costs and places of the schemes the reports do not list one by one, and the
 * days of the month the reports do not give.
 */

const LANE = 'capital';
const BURY_BID = 'hn-capital-2021';

/** Splits a total over `count` schemes in whole thousands, the last taking the remainder. */
function costs(total: number, count: number): number[] {
  const keys = Array.from({ length: count }, (_, i) => String(i));
  return [...splitOver(total, keys).values()];
}

const STRONG_PLACES = [8, 6, 10, 6, 8, 6, 8];
const FURTHER: { type: SchemeInput['provisionType']; title: string; places: number }[] = [
  { type: 'special', title: 'Expansion of a special school', places: 30 },
  { type: 'special', title: 'Re-development of a special school', places: 20 },
  { type: 'resourced-provision', title: 'Resourced provision base, primary', places: 12 },
  { type: 'resourced-provision', title: 'Resourced provision base, secondary', places: 16 },
  { type: 'mainstream-inclusion', title: 'Expansion of mainstream provision', places: 10 },
];
const EXISTING: {
  type: SchemeInput['provisionType'];
  title: string;
  places: number;
  cost: number;
}[] = [
  {
    type: 'resourced-provision',
    title: 'Resourced provision, secondary school',
    places: 10,
    cost: 350_000,
  },
  {
    type: 'mainstream-inclusion',
    title: 'Designated SEND space, primary school',
    places: 6,
    cost: 120_000,
  },
  { type: 'mainstream-inclusion', title: 'Sensory room and nurture base', places: 6, cost: 90_000 },
  {
    type: 'alternative-provision',
    title: 'Alternative provision refurbishment',
    places: 12,
    cost: 400_000,
  },
  { type: 'special', title: 'Special school classroom conversion', places: 8, cost: 250_000 },
];

function burySchemes(): SchemeInput[] {
  const c = BURY_CAPITAL;
  const strongCosts = costs(c.strongSupport.total, c.strongSupport.schemes);
  const further = c.schemes - c.schemesFundedFromExistingCapital - c.strongSupport.schemes;
  const furtherCosts = costs(c.requested - c.strongSupport.total, further);
  const [visionHouse] = c.opened;
  const strong: SchemeInput[] = strongCosts.map((cost, i) => ({
    id: `strong-${i + 1}`,
    title: `Nurture or designated SEND space in a mainstream school, ${i + 1} of ${strongCosts.length} (illustrative title, cost and places)`,
    provisionType: 'mainstream-inclusion',
    places: STRONG_PLACES[i] ?? 6,
    cost,
    fundedFrom: 'this-bid',
  }));
  const considered: SchemeInput[] = furtherCosts.map((cost, i) => ({
    id: `further-${i + 1}`,
    title: `${FURTHER[i]?.title ?? 'Specialist provision'} (illustrative title, cost and places)`,
    provisionType: FURTHER[i]?.type ?? 'other',
    places: FURTHER[i]?.places ?? 10,
    cost,
    fundedFrom: 'this-bid',
  }));
  const existing: SchemeInput[] = [
    {
      id: 'vision-house',
      title: `${visionHouse?.title ?? 'Vision House'} (cost, places and funding illustrative)`,
      provisionType: 'resourced-provision',
      places: 8,
      cost: 300_000,
      fundedFrom: 'existing-capital',
    },
    ...EXISTING.slice(0, c.schemesFundedFromExistingCapital - 1).map((e, i) => ({
      id: `existing-${i + 1}`,
      title: `${e.title} (illustrative title, cost and places)`,
      provisionType: e.type,
      places: e.places,
      cost: e.cost,
      fundedFrom: 'existing-capital' as const,
    })),
  ];
  const freeSchool: SchemeInput = {
    id: 'semh-free-school',
    title: `${c.specialFreeSchool.need} special free school: centrally funded free school application, over 60 places once full (no cost to the bid)`,
    provisionType: 'special-free-school',
    cost: 0,
    fundedFrom: 'central',
  };
  return [...strong, ...considered, ...existing, freeSchool];
}

export function buryCapitalTimeline(ctx: SeedContext): DemoEvent[] {
  const c = BURY_CAPITAL;
  const schemes = burySchemes();
  // The report gives the year of the bid only: the day is illustrative.
  const submittedOn = `${c.submittedOn}-04-30`;
  const note = `Bury's bid for high needs provision capital (real): ${formatMillions(c.requested)} asked for ${c.schemes} developments, ${c.schemesFundedFromExistingCapital} of them funded from the council's existing capital; the special free school is a separate, centrally funded application. The report does not list the schemes one by one: titles, costs and places marked illustrative are not from it, but the totals and counts are. The submission day (30 April) is illustrative; the report gives ${c.submittedOn}.`;
  const strong = schemes.filter((s) => s.id.startsWith('strong-'));
  const further = schemes.filter((s) => s.id.startsWith('further-'));
  const [visionHouse] = c.opened;
  const decided = at(c.decidedOn, '16:00');
  const opened = at(visionHouse?.openedOn ?? c.decidedOn, '17:00');
  let version = 0;
  return [
    {
      on: at(submittedOn, '11:00'),
      lane: LANE,
      run: async () => {
        version = await seedCapitalBid(
          ctx,
          BURY_BID,
          {
            title: `High needs provision capital bid ${c.submittedOn}`,
            submittedOn,
            requested: c.requested,
            note,
            schemes,
          },
          at(submittedOn, '11:00'),
        );
      },
    },
    {
      on: decided,
      lane: LANE,
      run: async () => {
        version = await seedCapitalDecision(
          ctx,
          BURY_BID,
          {
            decidedOn: c.decidedOn,
            awarded: c.awarded,
            note: `DfE awarded ${formatMillions(c.awarded)} (real): strong support for ${c.strongSupport.schemes} schemes totalling ${formatMillions(c.strongSupport.total)} (${c.strongSupport.note}), and the ${formatMillions(c.furtherConsideration.total)} balance for further consideration among ${c.furtherConsideration.schemes} others (${c.furtherConsideration.note}). The ${c.specialFreeSchool.need} special free school: ${c.specialFreeSchool.status}, with recommendations: ${c.specialFreeSchool.recommendations.join('; ')}. How the ${formatMillions(c.strongSupport.total)} divides between the ${c.strongSupport.schemes} schemes is illustrative.`,
            schemes: [
              ...strong.map((s) => ({
                schemeId: s.id,
                support: 'strong' as const,
                amount: s.cost,
              })),
              ...further.map((s) => ({
                schemeId: s.id,
                support: 'further-consideration' as const,
              })),
              { schemeId: 'semh-free-school', support: 'supported' as const },
            ],
          },
          decided,
        );
      },
    },
    {
      on: opened,
      lane: LANE,
      run: async () => {
        version = await seedSchemeProgress(
          ctx,
          BURY_BID,
          'vision-house',
          { status: 'open', openedOn: visionHouse?.openedOn, placesDelivered: 8 },
          opened,
          version,
        );
      },
    },
  ];
}

export function wiltshireCapitalTimeline(ctx: SeedContext): DemoEvent[] {
  const c = WILTSHIRE_CAPITAL;
  // Illustrative days: the reports give the month of DfE's request, not the days.
  const submittedOn = '2024-04-26';
  const asked = at('2024-05-31', '15:00');
  const body = (note: string) => ({
    title: 'High needs provision capital bid 2024',
    submittedOn,
    requested: c.requested,
    note,
    schemes: [
      {
        id: 'south-special-places',
        title: `Special school places: ${c.for} (places illustrative)`,
        provisionType: 'special' as const,
        places: 100,
        cost: c.requested,
        fundedFrom: 'this-bid' as const,
      },
    ],
  });
  const base = `Wiltshire's ${formatMillions(c.requested)} bid (real), ${c.for}. The submission day is illustrative.`;
  let version = 0;
  return [
    {
      on: at(submittedOn, '12:00'),
      lane: LANE,
      run: async () => {
        version = await seedCapitalBid(
          ctx,
          'hn-capital-2024',
          body(base),
          at(submittedOn, '12:00'),
        );
      },
    },
    {
      on: asked,
      lane: LANE,
      run: async () => {
        version = await seedCapitalBid(
          ctx,
          'hn-capital-2024',
          body(`${base} ${c.note} (real; the day in May is illustrative).`),
          asked,
          version,
        );
      },
    },
  ];
}

export function bcpCapitalTimeline(ctx: SeedContext): DemoEvent[] {
  const c = BCP_CAPITAL;
  const [outreach = 0, bases = 0, places = 0] = [500_000, 1_500_000, c.requested - 2_000_000];
  const when = at(c.submittedOn, '14:00');
  return [
    {
      on: when,
      lane: LANE,
      run: () =>
        seedCapitalBid(
          ctx,
          'specialist-provision-2024',
          {
            title: 'New specialist provision (c£5m)',
            submittedOn: c.submittedOn,
            requested: c.requested,
            note: `About ${formatMillions(c.requested)} (real: "c£5m"), ${c.note}. ${BCP_AWAITING_SPECIALIST} children were awaiting specialist provision in March 2024 (real, BCP's scorecard). The split into three schemes, their costs and places are illustrative.`,
            schemes: [
              {
                id: 'outreach',
                title: 'Specialist outreach (illustrative cost and places)',
                provisionType: 'other',
                places: 30,
                cost: outreach,
                fundedFrom: 'this-bid',
              },
              {
                id: 'resource-bases',
                title: 'Resource bases in mainstream schools (illustrative cost and places)',
                provisionType: 'resourced-provision',
                places: 48,
                cost: bases,
                fundedFrom: 'this-bid',
              },
              {
                id: 'specialist-places',
                title: 'Specialist places (illustrative cost and places)',
                provisionType: 'special',
                places: 60,
                cost: places,
                fundedFrom: 'this-bid',
              },
            ],
          },
          when,
        ),
    },
  ];
}
