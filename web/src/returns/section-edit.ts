import type { FieldError } from '../../../shared/domain';
import type { Condition, Mitigation } from '../../../shared/schemas/agreement';
import type { ReturnDraft } from '../../../shared/schemas/return-content';
import type { ReturnSection } from '../routes/match-route';
import {
  conditionsFormFrom,
  conditionsFromForm,
  emptyRow,
  mitigationsFormFrom,
  mitigationsFromForm,
  numberFormFrom,
  numbersFromForm,
  rowsFrom,
  rowsToContent,
  type ConditionsForm,
  type MitigationsForm,
  type NumberForm,
  type RatedList,
  type RatedRow,
} from './section-forms';

/** What one section's page holds while someone edits it. */
export type SectionForm =
  | { section: 'finance' | 'demand' | 'placements'; numbers: NumberForm }
  | { section: 'conditions'; conditions: ConditionsForm }
  | { section: RatedList; rows: RatedRow[] }
  | { section: 'mitigations'; mitigations: MitigationsForm }
  | { section: 'narrative'; narrative: string };

export interface AppliedSection {
  /** The whole draft with this section replaced, ready to save. */
  content: ReturnDraft;
  errors: FieldError[];
  rowOf?: Partial<Record<RatedList, number[]>>;
}

interface Agreement {
  conditions: readonly Condition[];
  mitigations?: readonly Mitigation[] | undefined;
}

export function initialSectionForm(
  section: ReturnSection,
  content: ReturnDraft,
  agreement: Agreement,
): SectionForm {
  switch (section) {
    case 'finance':
    case 'demand':
    case 'placements':
      return { section, numbers: numberFormFrom(section, content) };
    case 'conditions':
      return { section, conditions: conditionsFormFrom(content, agreement.conditions) };
    case 'workstreams':
    case 'risks': {
      const rows = rowsFrom(content, section);
      return { section, rows: rows.length > 0 ? rows : [emptyRow()] };
    }
    case 'mitigations':
      return {
        section,
        mitigations: mitigationsFormFrom(content, agreement.mitigations ?? []),
      };
    case 'narrative':
      return { section, narrative: content.narrative ?? '' };
  }
}

/** The section as the draft will hold it; an empty section is left out. */
function withSection<K extends keyof ReturnDraft>(
  content: ReturnDraft,
  key: K,
  value: ReturnDraft[K] | undefined,
  empty: boolean,
): ReturnDraft {
  const next: ReturnDraft = { ...content };
  if (empty || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The draft with the section's answers in it, and what is wrong with them. */
export function applySectionForm(
  form: SectionForm,
  content: ReturnDraft,
  agreement: Agreement,
): AppliedSection {
  switch (form.section) {
    case 'finance':
    case 'demand':
    case 'placements': {
      const { value, errors } = numbersFromForm(form.section, form.numbers);
      return {
        content: withSection(content, form.section, value, Object.keys(value).length === 0),
        errors,
      };
    }
    case 'conditions': {
      const value = conditionsFromForm(form.conditions, agreement.conditions);
      return { content: withSection(content, 'conditions', value, value.length === 0), errors: [] };
    }
    case 'workstreams':
    case 'risks': {
      const { value, errors, rowOf } = rowsToContent(form.rows, form.section);
      return {
        content: withSection(
          content,
          form.section,
          value as ReturnDraft[typeof form.section],
          value.length === 0,
        ),
        errors,
        rowOf: { [form.section]: rowOf },
      };
    }
    case 'mitigations': {
      const { value, errors } = mitigationsFromForm(form.mitigations, agreement.mitigations ?? []);
      return {
        content: withSection(content, 'mitigations', value, value.length === 0),
        errors,
      };
    }
    case 'narrative': {
      const narrative = form.narrative.trim();
      return {
        content: withSection(content, 'narrative', narrative, narrative === ''),
        errors: [],
      };
    }
  }
}
