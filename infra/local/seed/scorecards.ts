import { publishComparator } from '../../../functions/api/scorecards/publish-comparator';
import { saveScorecard } from '../../../functions/api/scorecards/save-scorecard';
import { saveScorecardMonth } from '../../../functions/api/scorecards/save-scorecard-month';
import { isMonth } from '../../../shared/domain';
import {
  ComparatorInput,
  ScorecardInput,
  ScorecardMonthInput,
} from '../../../shared/schemas/scorecard';
import { BCP_SCORECARD } from './demo-data';
import { ADMIN, at, depsAt, editor, type DemoEvent, type SeedContext } from './seed-writes';

/**
 * The demo's scorecards. BCP's is REAL: every figure of its SEND partnership scorecard as
 * its May 2024 report gives it (the March 2023, February 2024 and March 2024 columns of
 * the eight measures, and EHCPs in mainstream for February 2023), with the comparators
 * it quotes. The report gives no targets, so BCP's scorecard has none. Wiltshire's and
 * Bury's months are ILLUSTRATIVE, and every one of their figures carries a note saying so.
 * Each write goes through the API's use cases.
 */

/** The report's names for its measures, and the catalogue key each one is. */
const BCP_MEASURES: Record<string, string> = {
  'Needs assessment decisions within 6 weeks (%)': 'assessment-6-week-decision-pct',
  'EHCPs issued within 20 weeks, exceptions included (%)': 'ehcp-20-week-pct',
  'Educational psychology advice on time (%)': 'ep-advice-timeliness-pct',
  'Health advice on time (%)': 'health-advice-timeliness-pct',
  'Annual review backlog': 'annual-review-backlog',
  'Annual reviews in year (%)': 'annual-reviews-in-year-pct',
  'Assessment requests from parents (%)': 'parental-requests-pct',
  'Children awaiting specialist provision': 'awaiting-specialist-place',
  'EHCPs in mainstream (%)': 'mainstream-ehcp-pct',
};

export const BCP_SOURCE = "BCP's SEND partnership scorecard, as quoted in its May 2024 report";

/** When BCP's figures were entered and DfE's comparators recorded: after the May 2024 report. */
const BCP_ENTERED = at('2024-05-20', '10:00');
const COMPARATORS_ENTERED = at('2024-05-21', '10:00');

function keyOf(name: string): string {
  const key = BCP_MEASURES[name];
  if (!key) throw new Error(`demo seed: BCP's scorecard measure "${name}" has no catalogue key`);
  return key;
}

/** BCP's rows as month → [{key, value}], and its quoted comparators. */
function bcpFigures() {
  const months = new Map<string, { key: string; value: number }[]>();
  const comparators: { key: string; month: string; input: ComparatorInput }[] = [];
  for (const row of BCP_SCORECARD) {
    const key = keyOf(row.measure);
    const monthsOfRow: string[] = [];
    for (const [field, value] of Object.entries(row)) {
      if (!isMonth(field) || typeof value !== 'number') continue;
      monthsOfRow.push(field);
      months.set(field, [...(months.get(field) ?? []), { key, value }]);
    }
    const { national, statisticalNeighbours, southWest } = row;
    if (national === undefined && statisticalNeighbours === undefined && southWest === undefined)
      continue;
    // The report quotes its comparators beside its latest figure.
    const month = monthsOfRow.sort().at(-1);
    if (!month) throw new Error(`demo seed: "${row.measure}" has comparators but no month`);
    comparators.push({
      key,
      month,
      input: ComparatorInput.parse({
        ...(national === undefined ? {} : { national }),
        ...(southWest === undefined ? {} : { regions: { 'South West': southWest } }),
        ...(statisticalNeighbours === undefined
          ? {}
          : { statisticalNeighbours: { '839': statisticalNeighbours } }),
        source: BCP_SOURCE,
      }),
    });
  }
  return { months, comparators };
}

export function bcpScorecardTimeline(ctx: SeedContext): DemoEvent[] {
  const { months, comparators } = bcpFigures();
  const deps = depsAt(ctx, BCP_ENTERED);
  const measures = [...new Set(BCP_SCORECARD.map((row) => keyOf(row.measure)))];
  return [
    {
      on: BCP_ENTERED,
      lane: 'scorecard',
      run: async () => {
        await saveScorecard(deps, editor(ctx.laCode), {
          laCode: ctx.laCode,
          input: ScorecardInput.parse({ measures: measures.map((key) => ({ key })) }),
          ifMatch: undefined,
        });
        for (const [month, values] of [...months].sort(([a], [b]) => a.localeCompare(b))) {
          await saveScorecardMonth(deps, editor(ctx.laCode), {
            laCode: ctx.laCode,
            month,
            input: ScorecardMonthInput.parse({ values }),
            ifMatch: undefined,
          });
        }
      },
    },
    {
      on: COMPARATORS_ENTERED,
      lane: 'scorecard',
      run: async () => {
        for (const c of comparators) {
          await publishComparator(depsAt(ctx, COMPARATORS_ENTERED), ADMIN, {
            ...c,
            ifMatch: undefined,
          });
        }
      },
    },
  ];
}

export const ILLUSTRATIVE_NOTE = "Illustrative: not from the council's published reports.";

interface IllustrativeScorecard {
  setUpOn: string;
  measures: { key: string; targets?: { from: string; value: number }[] }[];
  /** Figures by month, in the order of `measures` (undefined: not reported that month). */
  months: Record<string, (number | undefined)[]>;
}

/**
 * ILLUSTRATIVE: six months of 2024-25 for Wiltshire and Bury, entered on the 10th of the
 * month after. Wiltshire's 20-week timeliness slips below target from September (so the
 * `kpi-off-target` alert is red by December); Bury's climbs back to target in November.
 */
const ILLUSTRATIVE: Record<string, IllustrativeScorecard> = {
  '865': {
    setUpOn: '2024-07-01',
    measures: [
      { key: 'ehcp-20-week-pct', targets: [{ from: '2024-04', value: 60 }] },
      { key: 'annual-review-backlog', targets: [{ from: '2024-04', value: 400 }] },
      { key: 'awaiting-specialist-place' },
      { key: 'ehcps-total' },
    ],
    months: {
      '2024-07': [64, 520, 96, 5210],
      '2024-08': [61, 480, 101, 5265],
      '2024-09': [58, 455, 99, 5302],
      '2024-10': [55, 430, 104, 5348],
      '2024-11': [57, 410, 108, 5391],
      '2024-12': [52, 385, 111, 5440],
    },
  },
  '351': {
    setUpOn: '2024-07-01',
    measures: [
      { key: 'ehcp-20-week-pct', targets: [{ from: '2024-04', value: 50 }] },
      { key: 'annual-review-backlog', targets: [{ from: '2024-04', value: 150 }] },
      { key: 'mainstream-ehcp-pct' },
    ],
    months: {
      '2024-07': [38, 210, 44.1],
      '2024-08': [41, 190, 44.3],
      '2024-09': [47, 175, 44.6],
      '2024-10': [49, 160, 44.8],
      '2024-11': [55, 150, 45.0],
      '2024-12': [58, 140, 45.2],
    },
  },
};

/** The month after `month`, on its 10th, at 10:00. */
function enteredAfter(month: string): Date {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return at(`${next}-10`);
}

export function illustrativeScorecardTimeline(ctx: SeedContext): DemoEvent[] {
  const plan = ILLUSTRATIVE[ctx.laCode];
  if (!plan) return [];
  const setUp = at(plan.setUpOn);
  return [
    {
      on: setUp,
      lane: 'scorecard',
      run: () =>
        saveScorecard(depsAt(ctx, setUp), editor(ctx.laCode), {
          laCode: ctx.laCode,
          input: ScorecardInput.parse({ measures: plan.measures }),
          ifMatch: undefined,
        }),
    },
    ...Object.entries(plan.months).map(([month, figures]) => {
      const when = enteredAfter(month);
      return {
        on: when,
        lane: 'scorecard',
        run: () =>
          saveScorecardMonth(depsAt(ctx, when), editor(ctx.laCode), {
            laCode: ctx.laCode,
            month,
            input: ScorecardMonthInput.parse({
              values: plan.measures.flatMap((measure, i) => {
                const value = figures[i];
                return value === undefined
                  ? []
                  : [{ key: measure.key, value, note: ILLUSTRATIVE_NOTE }];
              }),
            }),
            ifMatch: undefined,
          }),
      };
    }),
  ];
}
