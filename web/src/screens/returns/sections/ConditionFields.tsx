import type { Condition } from '../../../../../shared/schemas/agreement';
import type { ConditionStatus } from '../../../../../shared/schemas/return-content';
import { Radios } from '../../../components/Radios';
import { Textarea } from '../../../components/Textarea';
import { CONDITION_STATUS_HINTS, CONDITION_STATUS_NAMES } from '../../../display/labels';
import { fieldId } from '../../../returns/fields';
import type { ConditionAnswer, ConditionsForm } from '../../../returns/section-forms';

const STATUSES = Object.keys(CONDITION_STATUS_NAMES) as ConditionStatus[];

/** For each condition of the agreement: a status, a position statement and the evidence. */
export function ConditionFields(props: {
  conditions: readonly Condition[];
  form: ConditionsForm;
  onChange: (form: ConditionsForm) => void;
  errors: Record<string, string>;
}) {
  const { conditions, form, onChange, errors } = props;
  if (conditions.length === 0) {
    return <p class="govuk-body">The agreement has no conditions to report on.</p>;
  }
  return (
    <>
      {conditions.map((condition, index) => {
        const answer = form[condition.id] ?? { status: '', statement: '', evidence: '' };
        const set = (change: Partial<ConditionAnswer>) =>
          onChange({ ...form, [condition.id]: { ...answer, ...change } });
        const id = (field: string) => fieldId(`conditions.${condition.id}.${field}`);
        return (
          <section
            key={condition.id}
            class="app-repeated-section"
            aria-labelledby={`${id('heading')}`}
          >
            <h2 class="govuk-heading-m" id={id('heading')}>
              <span class="govuk-caption-m">Condition {index + 1}</span>
              {condition.title}
            </h2>
            {condition.description && <p class="govuk-body">{condition.description}</p>}
            <Radios
              id={id('status')}
              legend={`Status of condition ${index + 1}`}
              legendClass="govuk-fieldset__legend--s"
              error={errors[id('status')]}
              choices={STATUSES.map((status) => ({
                value: status,
                label: CONDITION_STATUS_NAMES[status],
                hint: CONDITION_STATUS_HINTS[status],
              }))}
              value={answer.status}
              onChange={(value) => set({ status: value as ConditionStatus })}
              small
            />
            <Textarea
              id={id('statement')}
              label={`Position statement for condition ${index + 1}`}
              labelClass="govuk-label--s"
              hint="Where things stand and what has changed since the last return."
              error={errors[id('statement')]}
              value={answer.statement}
              onInput={(value) => set({ statement: value })}
              maxLength={4000}
            />
            <Textarea
              id={id('evidence')}
              label={`Evidence for condition ${index + 1} (optional)`}
              labelClass="govuk-label--s"
              hint="For example, figures, reports or decisions that show progress."
              error={errors[id('evidence')]}
              value={answer.evidence}
              onInput={(value) => set({ evidence: value })}
              rows={3}
              maxLength={4000}
            />
          </section>
        );
      })}
    </>
  );
}
