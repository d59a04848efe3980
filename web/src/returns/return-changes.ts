import { formatMillions } from '../../../shared/domain';
import type { ReturnDraft } from '../../../shared/schemas/return-content';
import { CONDITION_STATUS_NAMES, RAG_NAMES } from '../display/labels';
import { NUMBER_FIELDS, type NumberSection } from './fields';
import { formatAnswer } from './format-answer';
import { SECTION_NAMES } from './section-status';

/** One answer that differs between two versions of a return, in words. */
export interface AnswerChange {
  section: string;
  /** The answer, as the return's pages name it. */
  label: string;
  /** Undefined when the answer was not given before, or is no longer given. */
  before?: string;
  after?: string;
}

const NOT_GIVEN = undefined;

/** Labelled text answers of a list item, compared by the item's own name or id. */
interface ListItem {
  key: string;
  name: string;
  answers: [label: string, value: string | undefined][];
}

function listChanges(
  section: string,
  before: ListItem[],
  after: ListItem[],
  noun: string,
): AnswerChange[] {
  const changes: AnswerChange[] = [];
  const earlier = new Map(before.map((item) => [item.key, item]));
  const later = new Map(after.map((item) => [item.key, item]));
  for (const item of after) {
    const was = earlier.get(item.key);
    if (!was) {
      changes.push({ section, label: `${noun} “${item.name}”`, after: 'Added' });
      continue;
    }
    item.answers.forEach(([label, value], i) => {
      const old = was.answers[i]?.[1];
      if (old !== value) changes.push(changeOf(section, `${label} for “${item.name}”`, old, value));
    });
  }
  for (const item of before) {
    if (!later.has(item.key)) {
      changes.push({
        section,
        label: `${noun} “${item.name}”`,
        before: 'Listed',
        after: 'Removed',
      });
    }
  }
  return changes;
}

function changeOf(
  section: string,
  label: string,
  before: string | undefined,
  after: string | undefined,
): AnswerChange {
  return {
    section,
    label,
    ...(before === NOT_GIVEN ? {} : { before }),
    ...(after === NOT_GIVEN ? {} : { after }),
  };
}

const blank = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/**
 * What changed between two versions of a return, answer by answer and in the order of
 * its sections: what a reviewer reads on a resubmission to see what the council did
 * about their comments. Conditions, workstreams, risks and mitigations are matched by
 * their id or name, so reordering a list is not a change.
 */
export function returnChanges(
  before: ReturnDraft,
  after: ReturnDraft,
  names: { conditions: Map<string, string>; mitigations: Map<string, string> },
): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const section of ['finance', 'demand', 'placements'] as NumberSection[]) {
    const was = (before[section] ?? {}) as Record<string, number | undefined>;
    const now = (after[section] ?? {}) as Record<string, number | undefined>;
    for (const field of NUMBER_FIELDS[section]) {
      const a = was[field.key];
      const b = now[field.key];
      if (a === b) continue;
      changes.push(
        changeOf(
          SECTION_NAMES[section],
          field.label,
          a === undefined ? undefined : formatAnswer(field, a),
          b === undefined ? undefined : formatAnswer(field, b),
        ),
      );
    }
  }

  const condition = (c: NonNullable<ReturnDraft['conditions']>[number]): ListItem => ({
    key: c.conditionId,
    name: names.conditions.get(c.conditionId) ?? c.conditionId,
    answers: [
      ['Status', c.status ? CONDITION_STATUS_NAMES[c.status] : undefined],
      ['Position statement', blank(c.statement)],
      ['Evidence', blank(c.evidence)],
    ],
  });
  changes.push(
    ...listChanges(
      SECTION_NAMES.conditions,
      (before.conditions ?? []).map(condition),
      (after.conditions ?? []).map(condition),
      'Condition',
    ),
  );

  const rated =
    (noteLabel: string) =>
    (item: {
      name: string;
      rag?: keyof typeof RAG_NAMES | undefined;
      note?: string | undefined;
    }) => ({
      key: item.name,
      name: item.name,
      answers: [
        ['RAG rating', item.rag ? RAG_NAMES[item.rag] : undefined],
        [noteLabel, blank(item.note)],
      ] as ListItem['answers'],
    });
  changes.push(
    ...listChanges(
      SECTION_NAMES.workstreams,
      (before.workstreams ?? []).map(rated('Note')),
      (after.workstreams ?? []).map(rated('Note')),
      'Workstream',
    ),
    ...listChanges(
      SECTION_NAMES.risks,
      (before.risks ?? []).map((r) =>
        rated('Mitigation')({ ...r, name: r.title, note: r.mitigation }),
      ),
      (after.risks ?? []).map((r) =>
        rated('Mitigation')({ ...r, name: r.title, note: r.mitigation }),
      ),
      'Risk',
    ),
  );

  const mitigation = (m: NonNullable<ReturnDraft['mitigations']>[number]): ListItem => ({
    key: m.mitigationId,
    name: names.mitigations.get(m.mitigationId) ?? m.mitigationId,
    answers: [
      [
        'Savings to date',
        m.savingsToDate === undefined ? undefined : formatMillions(m.savingsToDate),
      ],
      [
        'Forecast savings',
        m.forecastSavings === undefined ? undefined : formatMillions(m.forecastSavings),
      ],
      ['RAG rating', m.rag ? RAG_NAMES[m.rag] : undefined],
      ['Note', blank(m.note)],
    ],
  });
  changes.push(
    ...listChanges(
      SECTION_NAMES.mitigations,
      (before.mitigations ?? []).map(mitigation),
      (after.mitigations ?? []).map(mitigation),
      'Mitigation',
    ),
  );

  const narrativeBefore = blank(before.narrative);
  const narrativeAfter = blank(after.narrative);
  if (narrativeBefore !== narrativeAfter) {
    changes.push(changeOf(SECTION_NAMES.narrative, 'Narrative', narrativeBefore, narrativeAfter));
  }
  return changes;
}
