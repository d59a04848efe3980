import type { Rag } from '../../../../../shared/schemas/return-content';
import { Radios } from '../../../components/Radios';
import { Textarea } from '../../../components/Textarea';
import { TextInput } from '../../../components/TextInput';
import { RAG_NAMES } from '../../../display/labels';
import { emptyRow, type RatedList, type RatedRow } from '../../../returns/section-forms';

const WORDS = {
  workstreams: {
    one: 'Workstream',
    name: 'Name',
    note: 'Note (optional)',
    noteHint: 'What has happened, and what is next.',
  },
  risks: {
    one: 'Risk',
    name: 'Risk',
    note: 'Mitigation (optional)',
    noteHint: 'What is being done to reduce the risk.',
  },
} as const;

/**
 * Workstreams or risks: the "add another" pattern, each row a name, a RAG rating and a
 * note, with buttons to remove a row and add another.
 */
export function RatedRowFields(props: {
  list: RatedList;
  rows: RatedRow[];
  onChange: (rows: RatedRow[]) => void;
  errors: Record<string, string>;
}) {
  const { list, rows, onChange, errors } = props;
  const words = WORDS[list];
  const set = (index: number, change: Partial<RatedRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const add = () => {
    onChange([...rows, emptyRow()]);
    // Move to the new row's first field once it is drawn, as the add-another pattern does.
    requestAnimationFrame(() => document.getElementById(`${list}-${rows.length}-name`)?.focus());
  };
  return (
    <>
      {rows.map((row, index) => (
        <fieldset key={row.key} class="govuk-fieldset app-repeated-section">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 class="govuk-fieldset__heading">
              {words.one} {index + 1}
            </h2>
          </legend>
          <TextInput
            id={`${list}-${index}-name`}
            label={words.name}
            labelClass="govuk-label--s"
            error={errors[`${list}-${index}-name`]}
            value={row.name}
            onInput={(value) => set(index, { name: value })}
            spellcheck
          />
          <Radios
            id={`${list}-${index}-rag`}
            legend="RAG rating"
            error={errors[`${list}-${index}-rag`]}
            choices={(['green', 'amber', 'red'] as Rag[]).map((rag) => ({
              value: rag,
              label: RAG_NAMES[rag],
            }))}
            value={row.rag}
            onChange={(value) => set(index, { rag: value as Rag })}
            inline
            small
          />
          <Textarea
            id={`${list}-${index}-note`}
            label={words.note}
            labelClass="govuk-label--s"
            hint={words.noteHint}
            error={errors[`${list}-${index}-note`]}
            value={row.note}
            onInput={(value) => set(index, { note: value })}
            rows={3}
            maxLength={2000}
          />
          <button
            type="button"
            class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            Remove
            <span class="govuk-visually-hidden">
              {' '}
              {words.one.toLowerCase()} {index + 1}
            </span>
          </button>
        </fieldset>
      ))}
      {rows.length === 0 && (
        <p class="govuk-body">
          There are no {list} in this return. {list === 'workstreams' ? 'Workstreams' : 'Risks'} are
          optional.
        </p>
      )}
      <button type="button" class="govuk-button govuk-button--secondary" onClick={add}>
        Add {rows.length === 0 ? 'a' : 'another'} {words.one.toLowerCase()}
      </button>
    </>
  );
}
