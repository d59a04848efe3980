import type { FieldError } from '../../../shared/domain';
import type { Condition, Mitigation } from '../../../shared/schemas/agreement';
import type { ReturnDraft } from '../../../shared/schemas/return-content';
import type { ReturnSection } from '../routes/match-route';
import { NUMBER_FIELDS, fieldId, type NumberSection } from './fields';
import { fieldMessage } from './messages';
import type { RatedList } from './section-forms';

/** A problem as the screen shows it: the sentence, and the section and control it is about. */
export interface ShownProblem {
  path: string;
  message: string;
  section?: ReturnSection;
  /** The id of the control to link to from the error summary. */
  fieldId?: string;
}

export interface ProblemContext {
  conditions: readonly Condition[];
  mitigations?: readonly Mitigation[] | undefined;
  /** The content the paths index into (`conditions[1]` is its second condition). */
  content: ReturnDraft;
  /** Which form row each item sent came from, where blank rows were left out. */
  rowOf?: Partial<Record<RatedList, number[]>>;
}

const NUMBER_PATH = /^(finance|demand|placements)\.([A-Za-z0-9]+)$/;
const CONDITION_BY_ID = /^conditions\[([A-Za-z0-9][A-Za-z0-9_-]*)\]$/;
const INDEXED = /^(conditions|workstreams|risks)\[(\d+)\]\.([A-Za-z]+)$/;

const ROW = {
  workstreams: { noun: 'workstream', name: 'name', note: 'note', nameLabel: 'Name of' },
  risks: { noun: 'risk', name: 'title', note: 'mitigation', nameLabel: 'Title of' },
} as const;

/**
 * Puts a problem from the API (or the screen's own checks) on the field it is about,
 * in words: `finance.forecastCumulativeDeficit`, `conditions[inmss-placements]`,
 * `conditions[1].statement`, `workstreams[0].rag`, `placements`, `narrative`.
 */
export function describeReturnProblem(problem: FieldError, context: ProblemContext): ShownProblem {
  const { path, message } = problem;
  const number = NUMBER_PATH.exec(path);
  if (number) {
    const section = number[1] as NumberSection;
    const field = NUMBER_FIELDS[section].find((f) => f.key === number[2]);
    if (field) {
      return { path, section, fieldId: fieldId(path), message: fieldMessage(field.label, message) };
    }
  }
  if (path === 'placements') {
    return {
      path,
      section: 'placements',
      fieldId: 'placements-mainstream',
      message: fieldMessage('Placements', message),
    };
  }
  if (path === 'narrative') {
    return {
      path,
      section: 'narrative',
      fieldId: 'narrative',
      message: fieldMessage('The narrative', message),
    };
  }

  const mitigation = describeMitigationProblem(problem, context);
  if (mitigation) return mitigation;

  const byId = CONDITION_BY_ID.exec(path);
  if (byId?.[1]) {
    const id = byId[1];
    const condition = context.conditions.find((c) => c.id === id);
    return {
      path,
      section: 'conditions',
      fieldId: fieldId(`conditions.${id}.status`),
      message: condition
        ? `Select a status and enter a position statement for “${condition.title}”`
        : `Condition ${id} ${message}`,
    };
  }

  const indexed = INDEXED.exec(path);
  if (indexed) {
    const [, list, indexText, field] = indexed as unknown as [string, string, string, string];
    const index = Number(indexText);
    if (list === 'conditions') {
      const id = context.content.conditions?.[index]?.conditionId;
      const condition = context.conditions.find((c) => c.id === id);
      if (id && condition) {
        const title = `“${condition.title}”`;
        const labels: Record<string, [string, string]> = {
          status: [`A status for ${title}`, 'Select'],
          statement: [`A position statement for ${title}`, 'Enter'],
          evidence: [`The evidence for ${title}`, 'Enter'],
        };
        const [label, action] = labels[field] ?? [`${field} for ${title}`, 'Enter'];
        return {
          path,
          section: 'conditions',
          fieldId: fieldId(`conditions.${id}.${field === 'conditionId' ? 'status' : field}`),
          message: fieldMessage(label, message, action),
        };
      }
      return { path, section: 'conditions', message: `Condition ${index + 1} ${message}` };
    }
    const names = ROW[list as 'workstreams' | 'risks'];
    const row = context.rowOf?.[list as RatedList]?.[index] ?? index;
    const noun = `${names.noun} ${row + 1}`;
    const label =
      field === names.name
        ? `${names.nameLabel} ${noun}`
        : field === 'rag'
          ? `A RAG rating for ${noun}`
          : `The ${field === 'note' ? 'note on' : 'mitigation for'} ${noun}`;
    return {
      path,
      section: list as RatedList,
      fieldId: `${list}-${row}-${field === names.name ? 'name' : field === 'rag' ? 'rag' : 'note'}`,
      message: fieldMessage(label, message, field === 'rag' ? 'Select' : 'Enter'),
    };
  }
  return { path, message: `${path} ${message}` };
}

/** Every problem shown, and a lookup of the message for a control's id. */
export function describeReturnProblems(
  problems: readonly FieldError[],
  context: ProblemContext,
): { shown: ShownProblem[]; byField: Record<string, string> } {
  const shown = problems.map((problem) => describeReturnProblem(problem, context));
  const byField: Record<string, string> = {};
  for (const problem of shown) {
    if (problem.fieldId && !(problem.fieldId in byField))
      byField[problem.fieldId] = problem.message;
  }
  return { shown, byField };
}

const MITIGATION_BY_ID = /^mitigations\[([A-Za-z0-9][A-Za-z0-9_-]*)\](?:\.([A-Za-z]+))?$/;
const MITIGATION_INDEXED = /^mitigations\[(\d+)\]\.([A-Za-z]+)$/;
const MITIGATION_LABELS: Record<string, [string, string]> = {
  savingsToDate: ['Savings to date', 'Enter'],
  forecastSavings: ['Forecast savings', 'Enter'],
  rag: ['A RAG rating', 'Select'],
  note: ['The note', 'Enter'],
};

/**
 * A problem with savings by mitigation: `mitigations[<id>]` (none reported),
 * `mitigations[<id>].forecastSavings` (the screen's own) or `mitigations[2].rag` (the API's).
 */
function describeMitigationProblem(
  problem: FieldError,
  context: ProblemContext,
): ShownProblem | undefined {
  const { path, message } = problem;
  const indexed = MITIGATION_INDEXED.exec(path);
  const byId = indexed ? undefined : MITIGATION_BY_ID.exec(path);
  const id = indexed ? context.content.mitigations?.[Number(indexed[1])]?.mitigationId : byId?.[1];
  const field = indexed ? indexed[2] : byId?.[2];
  if (!indexed && !byId) return undefined;
  const mitigation = (context.mitigations ?? []).find((m) => m.id === id);
  if (!id || !mitigation)
    return { path, section: 'mitigations', message: `Mitigation ${id ?? ''} ${message}` };
  const title = `“${mitigation.title}”`;
  if (!field || field === 'mitigationId') {
    return {
      path,
      section: 'mitigations',
      fieldId: fieldId(`mitigations.${id}.savingsToDate`),
      message: `Enter savings to date, forecast savings and a RAG rating for ${title}`,
    };
  }
  const [label, action] = MITIGATION_LABELS[field] ?? [field, 'Enter'];
  return {
    path,
    section: 'mitigations',
    fieldId: fieldId(`mitigations.${id}.${field}`),
    message: message.startsWith(label)
      ? message
      : fieldMessage(`${label} for ${title}`, message, action),
  };
}
