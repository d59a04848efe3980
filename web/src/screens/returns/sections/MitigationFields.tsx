import type { Mitigation } from '../../../../../shared/schemas/agreement';
import type { Rag } from '../../../../../shared/schemas/return-content';
import { formatMillions } from '../../../../../shared/domain';
import { Radios } from '../../../components/Radios';
import { TextInput } from '../../../components/TextInput';
import { Textarea } from '../../../components/Textarea';
import { RAG_NAMES } from '../../../display/labels';
import { fieldId } from '../../../returns/fields';
import type { MitigationAnswer, MitigationsForm } from '../../../returns/section-forms';

/** For each mitigation of the agreement: savings to date, forecast for the year, RAG, note. */
export function MitigationFields(props: {
  mitigations: readonly Mitigation[];
  form: MitigationsForm;
  onChange: (form: MitigationsForm) => void;
  errors: Record<string, string>;
}) {
  const { mitigations, form, onChange, errors } = props;
  if (mitigations.length === 0) {
    return <p class="govuk-body">The agreement has no mitigations to report savings for.</p>;
  }
  return (
    <>
      <p class="govuk-body">
        Savings for this financial year, in pounds: what each mitigation has saved so far and what
        it will save by the year end.
      </p>
      {mitigations.map((mitigation, index) => {
        const answer = form[mitigation.id] ?? {
          savingsToDate: '',
          forecastSavings: '',
          rag: '',
          note: '',
        };
        const set = (change: Partial<MitigationAnswer>) =>
          onChange({ ...form, [mitigation.id]: { ...answer, ...change } });
        const id = (field: string) => fieldId(`mitigations.${mitigation.id}.${field}`);
        const planned = mitigation.plannedSavings
          .map((s) => `${s.financialYear}: ${formatMillions(s.amount)}`)
          .join('; ');
        return (
          <section key={mitigation.id} class="app-repeated-section" aria-labelledby={id('heading')}>
            <h2 class="govuk-heading-m" id={id('heading')}>
              <span class="govuk-caption-m">
                Mitigation {index + 1}
                {mitigation.workstream ? `, ${mitigation.workstream}` : ''}
              </span>
              {mitigation.title}
            </h2>
            {planned && <p class="govuk-body">Planned savings: {planned}.</p>}
            <TextInput
              id={id('savingsToDate')}
              label={`Savings to date for mitigation ${index + 1}`}
              labelClass="govuk-label--s"
              hint="In pounds, for example £250,000"
              error={errors[id('savingsToDate')]}
              value={answer.savingsToDate}
              onInput={(value) => set({ savingsToDate: value })}
              widthClass="govuk-input--width-10"
              inputMode="numeric"
            />
            <TextInput
              id={id('forecastSavings')}
              label={`Forecast savings for the year for mitigation ${index + 1}`}
              labelClass="govuk-label--s"
              hint="In pounds"
              error={errors[id('forecastSavings')]}
              value={answer.forecastSavings}
              onInput={(value) => set({ forecastSavings: value })}
              widthClass="govuk-input--width-10"
              inputMode="numeric"
            />
            <Radios
              id={id('rag')}
              legend={`RAG rating for mitigation ${index + 1}`}
              legendClass="govuk-fieldset__legend--s"
              error={errors[id('rag')]}
              choices={(['green', 'amber', 'red'] as Rag[]).map((rag) => ({
                value: rag,
                label: RAG_NAMES[rag],
              }))}
              value={answer.rag}
              onChange={(value) => set({ rag: value as Rag })}
              inline
              small
            />
            <Textarea
              id={id('note')}
              label={`Note on mitigation ${index + 1} (optional)`}
              labelClass="govuk-label--s"
              error={errors[id('note')]}
              value={answer.note}
              onInput={(value) => set({ note: value })}
              rows={2}
              maxLength={2000}
            />
          </section>
        );
      })}
    </>
  );
}
