import { formatCount, formatPounds } from '../../../shared/domain';
import type { Agreement } from '../../../shared/schemas/agreement';
import {
  AGREEMENT_STATUS_NAMES,
  CADENCE_NAMES,
  PROGRAMME_NAMES,
} from '../../../shared/schemas/names';
import { BASELINE_PLACEMENTS, TRAJECTORY_LINES } from './agreement-form';

/** One line of an agreement as the versions page compares it. */
export interface AgreementLine {
  key: string;
  section: string;
  label: string;
  value: string;
}

const years = (items: readonly { financialYear: string; amount: number }[]) =>
  items.map((s) => `${s.financialYear}: ${formatPounds(s.amount)}`).join('; ');

/** An agreement as labelled lines, each with a key that stays the same across versions. */
export function agreementLines(a: Agreement): AgreementLine[] {
  const lines: AgreementLine[] = [];
  const add = (section: string, key: string, label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') lines.push({ key, section, label, value });
  };
  const term = 'The agreement';
  add(term, 'programme', 'Programme', PROGRAMME_NAMES[a.programme]);
  add(term, 'status', 'Status', AGREEMENT_STATUS_NAMES[a.status]);
  add(term, 'signedOn', 'Signed', a.signedOn);
  add(term, 'term', 'Term', `${a.firstYear} to ${a.lastYear}`);
  add(term, 'cadence', 'Returns', CADENCE_NAMES[a.cadence]);
  add(term, 'returnDueDays', 'Days to submit a return', String(a.returnDueDays));
  add(term, 'dfe', 'DfE contribution', formatPounds(a.dfeContributionTotal));
  add(
    term,
    'council',
    'Council contribution',
    a.councilContributionTotal === undefined ? undefined : formatPounds(a.councilContributionTotal),
  );
  for (const year of a.trajectory) {
    for (const line of TRAJECTORY_LINES) {
      const v = year[line.key];
      add(
        `Trajectory ${year.financialYear}`,
        `trajectory.${year.financialYear}.${line.key}`,
        line.label,
        v === undefined ? undefined : line.money ? formatPounds(v) : formatCount(v),
      );
    }
  }
  for (const t of a.tranches) {
    const conditions = t.conditionIds.length ? `, on ${t.conditionIds.join(', ')}` : '';
    add(
      'Tranches',
      `tranche.${t.id}`,
      `Tranche ${t.id}`,
      `${formatPounds(t.amount)} for ${t.financialYear}, due ${t.dueOn}${conditions}`,
    );
  }
  for (const c of a.conditions) {
    const m = c.measure;
    const measure = m
      ? `; ${m.key} (${m.unit}, ${m.direction}): ${m.targets.map((t) => `${t.financialYear} ${t.value}`).join(', ')}`
      : '';
    const description = c.description ? ` (${c.description})` : '';
    add(
      'Conditions',
      `condition.${c.id}`,
      `Condition ${c.id}`,
      `${c.title}${description}${measure}`,
    );
  }
  for (const m of a.mitigations ?? []) {
    const workstream = m.workstream ? ` (${m.workstream})` : '';
    const savings = m.plannedSavings.length ? `: ${years(m.plannedSavings)}` : '';
    add(
      'Mitigations',
      `mitigation.${m.id}`,
      `Mitigation ${m.id}`,
      `${m.title}${workstream}${savings}`,
    );
  }
  const b = a.baseline;
  if (b) {
    add('Baseline', 'baseline.asAt', 'As at', b.asAt);
    add('Baseline', 'baseline.source', 'Source', b.source);
    add('Baseline', 'baseline.ehcpsTotal', 'EHCPs', formatCount(b.ehcpsTotal));
    for (const [key, label] of BASELINE_PLACEMENTS) {
      const count = b.placements?.[key];
      const spend = b.expenditure?.[key];
      add(
        'Baseline',
        `baseline.placements.${key}`,
        `${label} placements`,
        count === undefined ? undefined : formatCount(count),
      );
      add(
        'Baseline',
        `baseline.expenditure.${key}`,
        `${label} spend`,
        spend === undefined ? undefined : formatPounds(spend),
      );
    }
  }
  const tol = a.tolerances;
  add(
    'Alert tolerances',
    'tol.pct',
    'Cumulative deficit, per cent',
    `${tol.cumulativeDeficitPct}%`,
  );
  add(
    'Alert tolerances',
    'tol.abs',
    'Cumulative deficit, pounds',
    formatPounds(tol.cumulativeDeficitAbs),
  );
  add('Alert tolerances', 'tol.ehcp', 'EHCP growth, per cent', `${tol.ehcpGrowthPct}%`);
  return lines;
}

/** A line across versions: its value in each (absent when that version has none). */
export interface ComparedLine {
  key: string;
  section: string;
  label: string;
  values: (string | undefined)[];
  /** Whether each version changed this line from the version before it (never the first). */
  changed: boolean[];
}

/**
 * Every line of every version, side by side, oldest version first; lines in the order
 * the newest version lists them, then lines only older versions had.
 */
export function compareVersions(oldestFirst: readonly Agreement[]): ComparedLine[] {
  const perVersion = oldestFirst.map((a) => new Map(agreementLines(a).map((l) => [l.key, l])));
  const order: AgreementLine[] = [];
  const seen = new Set<string>();
  for (const lines of [...perVersion].reverse()) {
    for (const line of lines.values()) {
      if (!seen.has(line.key)) {
        seen.add(line.key);
        order.push(line);
      }
    }
  }
  return order.map(({ key, section, label }) => {
    const values = perVersion.map((lines) => lines.get(key)?.value);
    return {
      key,
      section,
      label,
      values,
      changed: values.map((v, i) => i > 0 && v !== values[i - 1]),
    };
  });
}

/** What a version changed from the one before, in words: "Term: 2020-21 to 2024-25 → …". */
export function changesIn(compared: readonly ComparedLine[], index: number): string[] {
  return compared
    .filter((line) => line.changed[index])
    .map((line) => {
      const before = line.values[index - 1];
      const after = line.values[index];
      const name =
        line.section === 'The agreement'
          ? line.label
          : `${line.section}, ${lowerLabel(line.label)}`;
      if (before === undefined) return `${name}: added (${after})`;
      if (after === undefined) return `${name}: removed (was ${before})`;
      return `${name}: ${before} → ${after}`;
    });
}

function lowerLabel(label: string): string {
  return /^[A-Z][a-z]/.test(label) && !/^(Tranche|Condition|Mitigation) /.test(label)
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}
