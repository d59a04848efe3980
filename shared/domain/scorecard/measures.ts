/** How a measure is counted. */
export type ScorecardUnit = 'percent' | 'count' | 'weeks' | 'pounds';
/** Which way is better: a higher 20-week figure, a lower backlog. */
export type BetterDirection = 'higher' | 'lower';

export interface MeasureDefinition {
  key: string;
  title: string;
  unit: ScorecardUnit;
  better: BetterDirection;
  description: string;
}

export const MEASURE_UNITS = ['percent', 'count', 'weeks', 'pounds'] as const;
export const BETTER_DIRECTIONS = ['higher', 'lower'] as const;

/**
 * The standard measure catalogue: the SEND improvement measures councils report to
 * their improvement boards (BCP's partnership scorecard among them) and DfE compares.
 * A council chooses measures from it and may add its own local ones.
 */
export const MEASURE_CATALOGUE: readonly MeasureDefinition[] = [
  {
    key: 'ehcp-20-week-pct',
    title: 'EHCPs issued within 20 weeks (exceptions included)',
    unit: 'percent',
    better: 'higher',
    description:
      'The share of new education, health and care plans issued within the statutory 20 weeks of the request, counting cases that fall under the exceptions.',
  },
  {
    key: 'ehcp-20-week-excl-exceptions-pct',
    title: 'EHCPs issued within 20 weeks (excluding exceptions)',
    unit: 'percent',
    better: 'higher',
    description:
      'The share of new education, health and care plans issued within 20 weeks, leaving out the cases the regulations exempt from the time limit.',
  },
  {
    key: 'assessment-6-week-decision-pct',
    title: 'Needs assessment decisions within 6 weeks',
    unit: 'percent',
    better: 'higher',
    description:
      'The share of requests for an EHC needs assessment where the decision whether to assess was made within the statutory 6 weeks.',
  },
  {
    key: 'ep-advice-timeliness-pct',
    title: 'Educational psychology advice on time',
    unit: 'percent',
    better: 'higher',
    description:
      'The share of educational psychology advice for EHC needs assessments returned within the 6 weeks allowed.',
  },
  {
    key: 'health-advice-timeliness-pct',
    title: 'Health advice on time',
    unit: 'percent',
    better: 'higher',
    description:
      'The share of health advice for EHC needs assessments returned by health partners within the 6 weeks allowed.',
  },
  {
    key: 'annual-review-backlog',
    title: 'Annual review backlog',
    unit: 'count',
    better: 'lower',
    description: 'The number of EHCP annual reviews that are overdue at the end of the month.',
  },
  {
    key: 'annual-reviews-in-year-pct',
    title: 'Annual reviews completed in time',
    unit: 'percent',
    better: 'higher',
    description:
      'The share of EHCP annual reviews due in the period that were held and completed within the time allowed.',
  },
  {
    key: 'parental-requests-pct',
    title: 'Assessment requests made by parents',
    unit: 'percent',
    better: 'lower',
    description:
      'The share of requests for an EHC needs assessment made by parents and carers rather than by schools and settings, a sign of confidence in the graduated approach.',
  },
  {
    key: 'awaiting-specialist-place',
    title: 'Children awaiting specialist provision',
    unit: 'count',
    better: 'lower',
    description:
      'The number of children and young people with an EHCP naming specialist provision who do not yet have a place.',
  },
  {
    key: 'ehcps-total',
    title: 'EHCPs maintained',
    unit: 'count',
    better: 'lower',
    description: 'The number of education, health and care plans the council maintains.',
  },
  {
    key: 'assessment-requests',
    title: 'Requests for EHC needs assessment',
    unit: 'count',
    better: 'lower',
    description: 'The number of requests for an EHC needs assessment received in the month.',
  },
  {
    key: 'tribunal-appeals',
    title: 'SEND Tribunal appeals registered',
    unit: 'count',
    better: 'lower',
    description:
      'The number of appeals against the council’s SEND decisions registered with the First-tier Tribunal in the month.',
  },
  {
    key: 'mainstream-ehcp-pct',
    title: 'EHCPs in mainstream settings',
    unit: 'percent',
    better: 'higher',
    description:
      'The share of children and young people with an EHCP who are placed in mainstream schools and settings.',
  },
];

const BY_KEY = new Map(MEASURE_CATALOGUE.map((m) => [m.key, m]));

/** The catalogue's measure with this key, or undefined for a council's local measure. */
export function catalogueMeasure(key: string): MeasureDefinition | undefined {
  return BY_KEY.get(key);
}

/** Whether `value` is worse than `target` in the measure's better direction (equal is on target). */
export function isWorse(value: number, target: number, better: BetterDirection): boolean {
  return better === 'higher' ? value < target : value > target;
}
