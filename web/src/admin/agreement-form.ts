import {
  DEFAULT_TOLERANCES,
  type FieldError,
  financialYearRange,
  isFinancialYear,
  previousFinancialYear,
  formatPounds,
  parseMoney,
} from '../../../shared/domain';
import type { Agreement, AgreementInputBody } from '../../../shared/schemas/agreement';
import { fieldMessage } from '../returns/messages';
import type { Grid } from './paste-grid';

/** The trajectory's lines, one row each of the trajectory table (years are its columns). */
export const TRAJECTORY_LINES = [
  {
    key: 'unmitigatedCumulativeDeficit',
    label: 'Cumulative deficit without any recovery plan',
    money: true,
  },
  {
    key: 'mitigatedCumulativeDeficit',
    label: 'Cumulative deficit with the council’s recovery plan, before DfE contributions',
    money: true,
  },
  { key: 'councilContribution', label: 'Council contribution in the year', money: true },
  { key: 'programmeCost', label: 'Programme cost in the year', money: true },
  { key: 'plannedCumulativeDeficit', label: 'Cumulative deficit agreed', money: true },
  { key: 'plannedInYearBalance', label: 'In-year balance agreed (surplus positive)', money: true },
  { key: 'plannedEhcps', label: 'EHCPs planned', money: false },
] as const;

export const CONDITION_COLUMNS = [
  'Id',
  'Title',
  'Measure',
  'Unit',
  'Direction',
  'Targets',
  'Description',
] as const;
export const TRANCHE_COLUMNS = ['Id', 'Financial year', 'Amount', 'Due on', 'Conditions'] as const;
export const MITIGATION_COLUMNS = ['Id', 'Title', 'Workstream', 'Planned savings'] as const;
export const BASELINE_PLACEMENTS = [
  ['mainstream', 'Mainstream'],
  ['resourcedProvision', 'Resourced provision'],
  ['laMaintainedSpecial', 'Maintained special'],
  ['academySpecial', 'Academy special'],
  ['independentSpecial', 'Independent special'],
  ['nonMaintainedSpecial', 'Non-maintained special'],
  ['alternativeProvision', 'Alternative provision'],
  ['post16', 'Post-16'],
  ['other', 'Other'],
] as const;

export interface AgreementForm {
  programme: string;
  status: string;
  signedOn: string;
  firstYear: string;
  lastYear: string;
  cadence: string;
  returnDueDays: string;
  dfeContributionTotal: string;
  councilContributionTotal: string;
  /** Whether the trajectory's money is in pounds or £ millions (as DSG plans are). */
  trajectoryUnit: 'pounds' | 'millions';
  /** Rows are TRAJECTORY_LINES, columns the years of `trajectoryYears`. */
  trajectory: Grid;
  conditions: Grid;
  tranches: Grid;
  mitigations: Grid;
  baseline: Record<string, string>;
  /** The alert tolerances, as typed: per cents and pounds. */
  tolerances: Record<ToleranceKey, string>;
  reason: string;
}

/** The alert tolerances the form asks for, in the order it shows them. */
export const TOLERANCE_FIELDS = [
  {
    key: 'cumulativeDeficitPct',
    label: 'Cumulative deficit above the trajectory, per cent',
    hint: 'An alert is raised when the forecast cumulative deficit is above the one agreed for the year by more than this per cent of it, or by more than the amount below, whichever is larger.',
    unit: 'per cent',
    name: 'the tolerance for the cumulative deficit, per cent',
  },
  {
    key: 'cumulativeDeficitAbs',
    label: 'Cumulative deficit above the trajectory, pounds',
    hint: 'In pounds, like 500,000. Variances smaller than this are shown in pounds only, as a per cent of a small plan says little.',
    unit: 'pounds',
    name: 'the tolerance for the cumulative deficit in pounds',
  },
  {
    key: 'ehcpGrowthPct',
    label: 'Growth in EHCPs above the plan, per cent',
    hint: 'An alert is raised when the number of EHCPs is this much above the number planned.',
    unit: 'per cent',
    name: 'the tolerance for EHCP growth',
  },
] as const;
export type ToleranceKey = (typeof TOLERANCE_FIELDS)[number]['key'];

function tolerancesForm(t: Record<ToleranceKey, number>): Record<ToleranceKey, string> {
  return {
    cumulativeDeficitPct: String(t.cumulativeDeficitPct),
    cumulativeDeficitAbs: formatPounds(t.cumulativeDeficitAbs),
    ehcpGrowthPct: String(t.ehcpGrowthPct),
  };
}

/** The trajectory's years: the year before the term (its starting point), then the term. */
export function trajectoryYears(firstYear: string, lastYear: string): string[] {
  if (!isFinancialYear(firstYear) || !isFinancialYear(lastYear) || lastYear < firstYear) return [];
  return [previousFinancialYear(firstYear), ...financialYearRange(firstYear, lastYear)].slice(
    0,
    41,
  );
}

/** Years in the first grid columns kept when the term changes, by year. */
export function resizeTrajectory(grid: Grid, from: string[], to: string[]): Grid {
  return TRAJECTORY_LINES.map((_, r) =>
    to.map((year) => {
      const i = from.indexOf(year);
      return i === -1 ? '' : (grid[r]?.[i] ?? '');
    }),
  );
}

export function emptyAgreementForm(): AgreementForm {
  return {
    programme: 'safety-valve',
    status: 'active',
    signedOn: '',
    firstYear: '',
    lastYear: '',
    cadence: 'quarterly',
    returnDueDays: '30',
    dfeContributionTotal: '',
    councilContributionTotal: '',
    trajectoryUnit: 'pounds',
    trajectory: TRAJECTORY_LINES.map(() => []),
    conditions: [['', '', '', '', '', '', '']],
    tranches: [['', '', '', '', '']],
    mitigations: [['', '', '', '']],
    baseline: {},
    tolerances: tolerancesForm(DEFAULT_TOLERANCES),
    reason: '',
  };
}

const pounds = (n: number | undefined) => (n === undefined ? '' : formatPounds(n));
const pairs = (items: readonly { financialYear: string; value: number }[], money: boolean) =>
  items.map((t) => `${t.financialYear}=${money ? formatPounds(t.value) : t.value}`).join('; ');

/** An agreement as the form shows it, to vary it. */
export function formFromAgreement(a: Agreement): AgreementForm {
  const years = trajectoryYears(a.firstYear, a.lastYear);
  return {
    programme: a.programme,
    status: a.status,
    signedOn: a.signedOn ?? '',
    firstYear: a.firstYear,
    lastYear: a.lastYear,
    cadence: a.cadence,
    returnDueDays: String(a.returnDueDays),
    dfeContributionTotal: pounds(a.dfeContributionTotal),
    councilContributionTotal: pounds(a.councilContributionTotal),
    trajectoryUnit: 'pounds',
    trajectory: TRAJECTORY_LINES.map((line) =>
      years.map((year) => {
        const y = a.trajectory.find((t) => t.financialYear === year);
        const value = y?.[line.key];
        return value === undefined ? '' : line.money ? formatPounds(value) : String(value);
      }),
    ),
    conditions: a.conditions.map((c) => [
      c.id,
      c.title,
      c.measure?.key ?? '',
      c.measure?.unit ?? '',
      c.measure?.direction ?? '',
      pairs(c.measure?.targets ?? [], false),
      c.description ?? '',
    ]),
    tranches: a.tranches.map((t) => [
      t.id,
      t.financialYear,
      formatPounds(t.amount),
      t.dueOn,
      t.conditionIds.join(', '),
    ]),
    mitigations: (a.mitigations ?? []).map((m) => [
      m.id,
      m.title,
      m.workstream ?? '',
      pairs(
        m.plannedSavings.map((s) => ({ financialYear: s.financialYear, value: s.amount })),
        true,
      ),
    ]),
    baseline: a.baseline
      ? {
          asAt: a.baseline.asAt,
          source: a.baseline.source,
          ehcpsTotal: String(a.baseline.ehcpsTotal),
          ...Object.fromEntries(
            Object.entries(a.baseline.placements ?? {}).map(([k, v]) => [
              `placements.${k}`,
              String(v),
            ]),
          ),
          ...Object.fromEntries(
            Object.entries(a.baseline.expenditure ?? {}).map(([k, v]) => [
              `expenditure.${k}`,
              pounds(v),
            ]),
          ),
        }
      : {},
    tolerances: tolerancesForm({ ...DEFAULT_TOLERANCES, ...a.tolerances }),
    reason: '',
  };
}

/** Where the form shows a field's problem: the API's paths, with rows by what was sent. */
export interface SentRows {
  trajectory: string[];
  conditions: number[];
  tranches: number[];
  mitigations: number[];
}

const blankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/**
 * The body of `PUT /agreement` from the form, and the problems found reading it, at the
 * API's own paths so the screen links them the same way (`trajectory[2].programmeCost`).
 */
export function bodyFromForm(form: AgreementForm): {
  body: AgreementInputBody;
  errors: FieldError[];
  sent: SentRows;
} {
  const errors: FieldError[] = [];
  const money = (path: string, text: string, label: string, scale = ''): number | undefined => {
    if (text.trim() === '') return undefined;
    const t = text.trim();
    const parsed = parseMoney(scale && !/[kmn£]/i.test(t) ? `${t}${scale}` : t);
    if (!parsed.ok) {
      const message = scale
        ? `${label} must be a number of £ millions, like 20.067`
        : fieldMessage(label, parsed.error);
      errors.push({ path, message });
      return undefined;
    }
    return parsed.value;
  };
  const whole = (path: string, text: string, label: string): number | undefined => {
    const t = text.replace(/,/g, '').trim();
    if (t === '') return undefined;
    if (!/^\d+$/.test(t)) {
      errors.push({ path, message: `${label} must be a whole number` });
      return undefined;
    }
    return Number(t);
  };
  const years = trajectoryYears(form.firstYear, form.lastYear);
  const sent: SentRows = { trajectory: [], conditions: [], tranches: [], mitigations: [] };
  const scale = form.trajectoryUnit === 'millions' ? 'm' : '';

  const trajectory: AgreementInputBody['trajectory'] = [];
  years.forEach((year, col) => {
    const cells = TRAJECTORY_LINES.map((_, r) => form.trajectory[r]?.[col] ?? '');
    if (blankRow(cells)) return;
    const i = sent.trajectory.length;
    sent.trajectory.push(year);
    const y: Record<string, number | string> = { financialYear: year };
    TRAJECTORY_LINES.forEach((line, r) => {
      const path = `trajectory[${i}].${line.key}`;
      const label = `${line.label}, ${year},`;
      const v = line.money
        ? money(path, cells[r] ?? '', label, scale)
        : whole(path, cells[r] ?? '', label);
      if (v !== undefined) y[line.key] = v;
    });
    if (
      y['plannedCumulativeDeficit'] === undefined &&
      !errors.some((e) => e.path.startsWith(`trajectory[${i}]`))
    ) {
      errors.push({
        path: `trajectory[${i}].plannedCumulativeDeficit`,
        message: `Enter the cumulative deficit agreed for ${year}`,
      });
    }
    trajectory.push(y as AgreementInputBody['trajectory'][number]);
  });

  const yearValues = (path: string, text: string, label: string, isMoney: boolean) =>
    text
      .split(/[;\n]/)
      .map((part) => part.trim())
      .filter(Boolean)
      .flatMap((part) => {
        const [year = '', value = ''] = part.split('=').map((s) => s.trim());
        const v = isMoney ? money(path, value, label) : Number(value.replace(/,/g, ''));
        if (v === undefined || Number.isNaN(v) || !year) {
          if (!isMoney || v !== undefined)
            errors.push({
              path,
              message: `${label} must be written like 2024-25=1,000,000; 2025-26=…`,
            });
          return [];
        }
        return [{ financialYear: year, value: v }];
      });

  const conditions: AgreementInputBody['conditions'] = [];
  form.conditions.forEach((row, r) => {
    if (blankRow(row)) return;
    const i = conditions.length;
    sent.conditions.push(r);
    const [
      id = '',
      title = '',
      key = '',
      unit = '',
      direction = '',
      targets = '',
      description = '',
    ] = row.map((c) => c.trim());
    const measure =
      key || unit || direction || targets
        ? {
            key,
            unit,
            direction: direction.toLowerCase() as 'increase' | 'decrease',
            targets: yearValues(
              `conditions[${i}].measure.targets`,
              targets,
              `The targets of condition ${r + 1}`,
              false,
            ),
          }
        : undefined;
    conditions.push({
      id,
      title,
      ...(description ? { description } : {}),
      ...(measure ? { measure } : {}),
    });
  });

  const tranches: AgreementInputBody['tranches'] = [];
  form.tranches.forEach((row, r) => {
    if (blankRow(row)) return;
    const i = tranches.length;
    sent.tranches.push(r);
    const [id = '', financialYear = '', amount = '', dueOn = '', ids = ''] = row.map((c) =>
      c.trim(),
    );
    tranches.push({
      id,
      financialYear,
      amount: money(`tranches[${i}].amount`, amount, `The amount of tranche ${r + 1}`) ?? 0,
      dueOn,
      conditionIds: ids.split(/[,;\s]+/).filter(Boolean),
    });
  });

  const mitigations: NonNullable<AgreementInputBody['mitigations']> = [];
  form.mitigations.forEach((row, r) => {
    if (blankRow(row)) return;
    const i = mitigations.length;
    sent.mitigations.push(r);
    const [id = '', title = '', workstream = '', savings = ''] = row.map((c) => c.trim());
    mitigations.push({
      id,
      title,
      ...(workstream ? { workstream } : {}),
      plannedSavings: yearValues(
        `mitigations[${i}].plannedSavings`,
        savings,
        `The planned savings of mitigation ${r + 1}`,
        true,
      ).map((s) => ({ financialYear: s.financialYear, amount: s.value })),
    });
  });

  const b = form.baseline;
  const anyBaseline = Object.values(b).some((v) => v.trim() !== '');
  let baseline: AgreementInputBody['baseline'];
  if (anyBaseline) {
    const placements: Record<string, number> = {};
    const expenditure: Record<string, number> = {};
    for (const [key, label] of BASELINE_PLACEMENTS) {
      const count = whole(
        `baseline.placements.${key}`,
        b[`placements.${key}`] ?? '',
        `${label} placements`,
      );
      if (count !== undefined) placements[key] = count;
      const spend = money(
        `baseline.expenditure.${key}`,
        b[`expenditure.${key}`] ?? '',
        `${label} spend`,
      );
      if (spend !== undefined) expenditure[key] = spend;
    }
    const ehcpsTotal = whole('baseline.ehcpsTotal', b['ehcpsTotal'] ?? '', 'EHCPs at the baseline');
    if (ehcpsTotal === undefined && !errors.some((e) => e.path === 'baseline.ehcpsTotal')) {
      errors.push({
        path: 'baseline.ehcpsTotal',
        message: 'Enter the number of EHCPs at the baseline',
      });
    }
    baseline = {
      asAt: (b['asAt'] ?? '').trim(),
      source: (b['source'] ?? '').trim(),
      ehcpsTotal: ehcpsTotal ?? 0,
      ...(Object.keys(placements).length ? { placements } : {}),
      ...(Object.keys(expenditure).length ? { expenditure } : {}),
    };
  }

  const dfe = money('dfeContributionTotal', form.dfeContributionTotal, 'The DfE contribution');
  if (dfe === undefined && !errors.some((e) => e.path === 'dfeContributionTotal'))
    errors.push({ path: 'dfeContributionTotal', message: 'Enter the DfE contribution' });
  const council = money(
    'councilContributionTotal',
    form.councilContributionTotal,
    'The council contribution',
  );
  const due = whole('returnDueDays', form.returnDueDays, 'Days to submit a return');
  const tolerances: Partial<Record<ToleranceKey, number>> = {};
  for (const field of TOLERANCE_FIELDS) {
    const path = `tolerances.${field.key}`;
    const text = (form.tolerances[field.key] ?? '').trim();
    const name = `${field.name.charAt(0).toUpperCase()}${field.name.slice(1)}`;
    if (text === '') {
      errors.push({ path, message: `Enter ${field.name}` });
      continue;
    }
    if (field.unit === 'pounds') {
      const parsed = parseMoney(text);
      if (parsed.ok && parsed.value >= 0) tolerances[field.key] = parsed.value;
      else errors.push({ path, message: `${name} must be an amount in pounds, like 500,000` });
      continue;
    }
    const t = text.replace(/%$/, '').trim();
    const v = Number(t);
    if (!/^\d+(\.\d+)?$/.test(t) || v > 100) {
      errors.push({ path, message: `${name} must be a per cent from 0 to 100, like 2.5` });
      continue;
    }
    tolerances[field.key] = v;
  }

  const body = {
    programme: form.programme,
    status: form.status,
    ...(form.signedOn.trim() ? { signedOn: form.signedOn.trim() } : {}),
    firstYear: form.firstYear.trim(),
    lastYear: form.lastYear.trim(),
    cadence: form.cadence,
    ...(due === undefined ? {} : { returnDueDays: due }),
    dfeContributionTotal: dfe ?? 0,
    ...(council === undefined ? {} : { councilContributionTotal: council }),
    trajectory,
    conditions,
    tranches,
    ...(mitigations.length ? { mitigations } : {}),
    ...(baseline ? { baseline } : {}),
    tolerances,
    ...(form.reason.trim() ? { reason: form.reason.trim() } : {}),
  } as AgreementInputBody;
  return { body, errors, sent };
}

/**
 * The id of the control a problem is about, from its API path: a trajectory cell
 * (`trajectory-programmeCost-2024-25`), a list cell (`tranches-2-amount`), or a field.
 */
export function controlFor(path: string, sent: SentRows): string {
  const traj = /^trajectory\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (traj) {
    const year = sent.trajectory[Number(traj[1])] ?? '';
    return `trajectory-${traj[2] ?? 'plannedCumulativeDeficit'}-${year}`;
  }
  const list = /^(conditions|tranches|mitigations)\[(\d+)\](?:\.([\w.]+))?/.exec(path);
  if (list) {
    const grid = list[1] as 'conditions' | 'tranches' | 'mitigations';
    const row = sent[grid][Number(list[2])] ?? Number(list[2]);
    const field = (list[3] ?? 'id').split(/[.[]/)[0] ?? 'id';
    const column = COLUMN_OF[grid][field] ?? 0;
    return `${grid}-${row}-${column}`;
  }
  const baseline = /^baseline\.(placements|expenditure)\.(\w+)/.exec(path);
  if (baseline) return `baseline-${baseline[1]}-${baseline[2]}`;
  if (path.startsWith('baseline.placements')) return 'baseline-placements-mainstream';
  if (path.startsWith('baseline.'))
    return `baseline-${path.slice('baseline.'.length).split('.')[0]}`;
  if (path.startsWith('tolerances.')) return `tolerances-${path.split('.')[1]}`;
  if (path === 'tranches') return 'tranches-0-2';
  return path.split(/[.[]/)[0] ?? path;
}

const COLUMN_OF: Record<'conditions' | 'tranches' | 'mitigations', Record<string, number>> = {
  conditions: { id: 0, title: 1, measure: 2, description: 6 },
  tranches: { id: 0, financialYear: 1, amount: 2, dueOn: 3, conditionIds: 4 },
  mitigations: { id: 0, title: 1, workstream: 2, plannedSavings: 3 },
};
