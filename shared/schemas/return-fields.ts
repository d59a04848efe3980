import type { Demand, Finance, Placements } from './return-content';

/**
 * The numeric fields of a return's finance, demand and placements sections, as people
 * read them: the web app's forms, the return's workbook and its document share them.
 */
export type NumberKind = 'money' | 'count' | 'percentage';

export interface NumberField<K extends string = string> {
  key: K;
  label: string;
  hint?: string;
  kind: NumberKind;
  /** Needed to submit: the fields a complete return must have. */
  required: boolean;
  /** Money that may be negative: balances and deficits, where the sign means surplus or deficit. */
  signed?: boolean;
}

export const FINANCE_FIELDS: NumberField<keyof Finance>[] = [
  {
    key: 'highNeedsIncome',
    label: 'High needs block income',
    hint: 'Forecast for the whole financial year, after recoupment.',
    kind: 'money',
    required: true,
  },
  {
    key: 'highNeedsExpenditure',
    label: 'High needs block expenditure',
    hint: 'Forecast for the whole financial year.',
    kind: 'money',
    required: true,
  },
  {
    key: 'forecastInYearBalance',
    label: 'Forecast in-year DSG balance',
    hint: 'A surplus is a positive amount. Enter a deficit with a minus sign, for example -£2.5m.',
    kind: 'money',
    required: true,
    signed: true,
  },
  {
    key: 'forecastCumulativeDeficit',
    label: 'Forecast cumulative DSG deficit at the year end',
    hint: 'A deficit is a positive amount. Enter a surplus with a minus sign, for example -£0.06m.',
    kind: 'money',
    required: true,
    signed: true,
  },
  {
    key: 'savingsTarget',
    label: 'Savings target for the year',
    kind: 'money',
    required: false,
  },
  {
    key: 'savingsAchieved',
    label: 'Savings achieved against the target',
    kind: 'money',
    required: false,
  },
  {
    key: 'schoolsBlockTransfer',
    label: 'Transfer from the schools block',
    hint: 'Up to 0.5% of the schools block can move without the Secretary of State’s permission.',
    kind: 'money',
    required: false,
  },
  {
    key: 'councilContribution',
    label: 'Council contribution from the general fund',
    kind: 'money',
    required: false,
  },
];

export const DEMAND_FIELDS: NumberField<keyof Demand>[] = [
  {
    key: 'ehcpsTotal',
    label: 'EHCPs maintained',
    hint: 'Education, health and care plans the council maintains at the end of the period.',
    kind: 'count',
    required: true,
  },
  {
    key: 'newEhcps',
    label: 'New EHCPs issued in the period',
    kind: 'count',
    required: true,
  },
  {
    key: 'assessmentRequests',
    label: 'Requests for an EHC needs assessment',
    kind: 'count',
    required: false,
  },
  { key: 'plansCeased', label: 'EHCPs ceased', kind: 'count', required: false },
  {
    key: 'issuedWithin20WeeksPct',
    label: 'New EHCPs issued within 20 weeks',
    hint: 'A percentage from 0 to 100. Nationally it was 46.4% in 2024.',
    kind: 'percentage',
    required: false,
  },
  {
    key: 'annualReviewBacklog',
    label: 'Annual reviews overdue',
    kind: 'count',
    required: false,
  },
  {
    key: 'awaitingSpecialistPlace',
    label: 'Children awaiting a specialist place',
    kind: 'count',
    required: false,
  },
];

export const PLACEMENT_FIELDS: NumberField<keyof Placements>[] = [
  { key: 'mainstream', label: 'Mainstream schools', kind: 'count', required: true },
  {
    key: 'resourcedProvision',
    label: 'Resourced provision or SEN units',
    kind: 'count',
    required: true,
  },
  {
    key: 'laMaintainedSpecial',
    label: 'Local authority maintained special schools',
    kind: 'count',
    required: true,
  },
  {
    key: 'academySpecial',
    label: 'Academy and free special schools',
    kind: 'count',
    required: true,
  },
  {
    key: 'independentSpecial',
    label: 'Independent special schools',
    kind: 'count',
    required: true,
  },
  {
    key: 'nonMaintainedSpecial',
    label: 'Non-maintained special schools',
    kind: 'count',
    required: true,
  },
  {
    key: 'alternativeProvision',
    label: 'Alternative provision or pupil referral units',
    kind: 'count',
    required: true,
  },
  { key: 'post16', label: 'Post-16 and further education', kind: 'count', required: true },
  {
    key: 'other',
    label: 'Other settings',
    hint: 'Including elective home education and young people not in education, employment or training.',
    kind: 'count',
    required: true,
  },
];

export type NumberSection = 'finance' | 'demand' | 'placements';

export const NUMBER_FIELDS: Record<NumberSection, NumberField[]> = {
  finance: FINANCE_FIELDS,
  demand: DEMAND_FIELDS,
  placements: PLACEMENT_FIELDS,
};
