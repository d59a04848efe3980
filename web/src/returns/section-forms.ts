import { type FieldError, formatCount, formatPounds } from '../../../shared/domain';
import type { Condition, Mitigation } from '../../../shared/schemas/agreement';
import type {
  ConditionReport,
  ConditionStatus,
  MitigationReport,
  Rag,
  ReturnDraft,
} from '../../../shared/schemas/return-content';
import { NUMBER_FIELDS, type NumberField, type NumberKind, type NumberSection } from './fields';
import { fieldMessage } from './messages';
import { parseNumber } from './parse-number';

/**
 * Each section's form holds what people typed, as text; these turn a return's content
 * into that text and back, with the problems found on the way as `{path, message}` in
 * the API's own paths, so the screen shows its own and the API's errors the same way.
 */

export type NumberForm = Record<string, string>;

/** A number as a form shows it: `£20,067,000`, `2,380`, `46.4`. */
export function formatForField(kind: NumberKind, value: number): string {
  if (kind === 'money') return formatPounds(value);
  if (kind === 'count') return formatCount(value);
  return String(value);
}

export function numberFormFrom(section: NumberSection, content: ReturnDraft): NumberForm {
  const values = (content[section] ?? {}) as Record<string, number | undefined>;
  const form: NumberForm = {};
  for (const field of NUMBER_FIELDS[section]) {
    const value = values[field.key];
    form[field.key] = value === undefined ? '' : formatForField(field.kind, value);
  }
  return form;
}

/** One field's value, or why it cannot be read; blank is no answer yet. */
export function readNumberField(
  field: NumberField,
  text: string,
): { value?: number; error?: string } {
  if (text.trim() === '') return {};
  const parsed = parseNumber(field.kind, text);
  if (!parsed.ok) return { error: fieldMessage(field.label, parsed.error) };
  if (field.kind === 'money' && !field.signed && parsed.value < 0) {
    return { error: `${field.label} must not be negative` };
  }
  return { value: parsed.value };
}

export function numbersFromForm(
  section: NumberSection,
  form: NumberForm,
): { value: Record<string, number>; errors: FieldError[] } {
  const value: Record<string, number> = {};
  const errors: FieldError[] = [];
  for (const field of NUMBER_FIELDS[section]) {
    const read = readNumberField(field, form[field.key] ?? '');
    if (read.error) errors.push({ path: `${section}.${field.key}`, message: read.error });
    else if (read.value !== undefined) value[field.key] = read.value;
  }
  return { value, errors };
}

export interface ConditionAnswer {
  status: ConditionStatus | '';
  statement: string;
  evidence: string;
}

export type ConditionsForm = Record<string, ConditionAnswer>;

export function conditionsFormFrom(
  content: ReturnDraft,
  conditions: readonly Condition[],
): ConditionsForm {
  const form: ConditionsForm = {};
  for (const condition of conditions) {
    const report = content.conditions?.find((c) => c.conditionId === condition.id);
    form[condition.id] = {
      status: report?.status ?? '',
      statement: report?.statement ?? '',
      evidence: report?.evidence ?? '',
    };
  }
  return form;
}

type ConditionDraft = Partial<ConditionReport> & { conditionId: string };

/** The conditions answered so far, in the agreement's order; a draft may leave some out. */
export function conditionsFromForm(
  form: ConditionsForm,
  conditions: readonly Condition[],
): ConditionDraft[] {
  return conditions.flatMap((condition) => {
    const answer = form[condition.id];
    if (!answer) return [];
    const statement = answer.statement.trim();
    const evidence = answer.evidence.trim();
    if (!answer.status && !statement && !evidence) return [];
    return [
      {
        conditionId: condition.id,
        ...(answer.status ? { status: answer.status } : {}),
        ...(statement ? { statement } : {}),
        ...(evidence ? { evidence } : {}),
      },
    ];
  });
}

/** A row of the workstreams or risks section: a name (or title), a RAG rating and a note. */
export interface RatedRow {
  /** Stable across adds and removes, for the screen's keys. */
  key: string;
  name: string;
  rag: Rag | '';
  note: string;
}

export type RatedList = 'workstreams' | 'risks';

const ROW_FIELDS = {
  workstreams: { name: 'name', note: 'note', noun: 'workstream' },
  risks: { name: 'title', note: 'mitigation', noun: 'risk' },
} as const;

let nextKey = 0;
/** A new empty row. */
export function emptyRow(): RatedRow {
  nextKey += 1;
  return { key: `row-${nextKey}`, name: '', rag: '', note: '' };
}

export function rowsFrom(content: ReturnDraft, list: RatedList): RatedRow[] {
  const names = ROW_FIELDS[list];
  const items = (content[list] ?? []) as Record<string, string | undefined>[];
  return items.map((item) => ({
    ...emptyRow(),
    name: item[names.name] ?? '',
    rag: (item['rag'] as Rag | undefined) ?? '',
    note: item[names.note] ?? '',
  }));
}

/**
 * The rows as the API takes them: blank rows are left out, and `rowOf[i]` says which
 * form row the i-th item sent came from, to put the API's errors back on the right row.
 * Problems carry the form row's path (`workstreams[2].name`).
 */
export function rowsToContent(
  rows: RatedRow[],
  list: RatedList,
): { value: Record<string, string>[]; errors: FieldError[]; rowOf: number[] } {
  const names = ROW_FIELDS[list];
  const value: Record<string, string>[] = [];
  const errors: FieldError[] = [];
  const rowOf: number[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const name = row.name.trim();
    const note = row.note.trim();
    if (!name && !row.rag && !note) return;
    const label = `${names.noun} ${index + 1}`;
    if (!name) {
      errors.push({
        path: `${list}[${index}].${names.name}`,
        message: `Enter the ${list === 'risks' ? 'risk' : 'name of'} ${label}`.replace(
          'risk risk',
          'risk',
        ),
      });
      return;
    }
    if (list === 'workstreams' && seen.has(name.toLowerCase())) {
      errors.push({
        path: `${list}[${index}].${names.name}`,
        message: `Workstream ${index + 1} has the same name as another workstream`,
      });
      return;
    }
    seen.add(name.toLowerCase());
    rowOf.push(index);
    value.push({
      [names.name]: name,
      ...(row.rag ? { rag: row.rag } : {}),
      ...(note ? { [names.note]: note } : {}),
    });
  });
  return { value, errors, rowOf };
}

/** What someone typed for one mitigation: two sums of money, a RAG rating and a note. */
export interface MitigationAnswer {
  savingsToDate: string;
  forecastSavings: string;
  rag: Rag | '';
  note: string;
}

export type MitigationsForm = Record<string, MitigationAnswer>;

export function mitigationsFormFrom(
  content: ReturnDraft,
  mitigations: readonly Mitigation[],
): MitigationsForm {
  const form: MitigationsForm = {};
  for (const mitigation of mitigations) {
    const report = content.mitigations?.find((m) => m.mitigationId === mitigation.id);
    form[mitigation.id] = {
      savingsToDate: report?.savingsToDate === undefined ? '' : formatPounds(report.savingsToDate),
      forecastSavings:
        report?.forecastSavings === undefined ? '' : formatPounds(report.forecastSavings),
      rag: report?.rag ?? '',
      note: report?.note ?? '',
    };
  }
  return form;
}

type MitigationDraft = Partial<MitigationReport> & { mitigationId: string };

/**
 * The mitigations answered so far, in the agreement's order, with problems at the API's
 * paths by id (`mitigations[<id>].forecastSavings`) so they land on the right field.
 */
export function mitigationsFromForm(
  form: MitigationsForm,
  mitigations: readonly Mitigation[],
): { value: MitigationDraft[]; errors: FieldError[] } {
  const value: MitigationDraft[] = [];
  const errors: FieldError[] = [];
  mitigations.forEach((mitigation, index) => {
    const answer = form[mitigation.id];
    if (!answer) return;
    const note = answer.note.trim();
    const report: MitigationDraft = { mitigationId: mitigation.id };
    for (const [key, label] of [
      ['savingsToDate', 'Savings to date'],
      ['forecastSavings', 'Forecast savings'],
    ] as const) {
      const read = readNumberField(
        { key, label: `${label} for mitigation ${index + 1}`, kind: 'money', required: true },
        answer[key],
      );
      if (read.error)
        errors.push({ path: `mitigations[${mitigation.id}].${key}`, message: read.error });
      else if (read.value !== undefined) report[key] = read.value;
    }
    if (answer.rag) report.rag = answer.rag;
    if (note) report.note = note;
    if (Object.keys(report).length > 1) value.push(report);
  });
  return { value, errors };
}
