import { periodFinancialYear } from '../../../../../shared/domain';
import { agreedFigures } from '../../../returns/agreed-figures';
import type { SectionForm } from '../../../returns/section-edit';
import type { ReturnContext } from '../load-return';
import { ConditionFields } from './ConditionFields';
import { MitigationFields } from './MitigationFields';
import { NarrativeField } from './NarrativeField';
import { NumberFields } from './NumberFields';
import { RatedRowFields } from './RatedRowFields';

/** The fields of whichever section is being edited. */
export function SectionFields(props: {
  form: SectionForm;
  onChange: (form: SectionForm) => void;
  errors: Record<string, string>;
  context: ReturnContext;
  period: string;
}) {
  const { form, onChange, errors, context, period } = props;
  switch (form.section) {
    case 'finance':
    case 'demand':
    case 'placements':
      return (
        <NumberFields
          section={form.section}
          form={form.numbers}
          onChange={(numbers) => onChange({ section: form.section, numbers })}
          errors={errors}
          content={context.content}
          {...(form.section === 'finance'
            ? {
                agreed: {
                  financialYear: periodFinancialYear(period),
                  figures: agreedFigures(context.agreement, period),
                },
              }
            : {})}
        />
      );
    case 'conditions':
      return (
        <ConditionFields
          conditions={context.agreement.conditions}
          form={form.conditions}
          onChange={(conditions) => onChange({ section: 'conditions', conditions })}
          errors={errors}
        />
      );
    case 'workstreams':
    case 'risks':
      return (
        <RatedRowFields
          list={form.section}
          rows={form.rows}
          onChange={(rows) => onChange({ section: form.section, rows })}
          errors={errors}
        />
      );
    case 'mitigations':
      return (
        <MitigationFields
          mitigations={context.agreement.mitigations ?? []}
          form={form.mitigations}
          onChange={(mitigations) => onChange({ section: 'mitigations', mitigations })}
          errors={errors}
        />
      );
    case 'narrative':
      return (
        <NarrativeField
          value={form.narrative}
          onChange={(narrative) => onChange({ section: 'narrative', narrative })}
          error={errors['narrative']}
        />
      );
  }
}
