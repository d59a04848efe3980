import type { ReturnDraft } from '../../../../../shared/schemas/return-content';
import { NumberInput } from '../../../components/NumberInput';
import { NUMBER_FIELDS, fieldId, type NumberSection } from '../../../returns/fields';
import type { NumberForm } from '../../../returns/section-forms';
import { PlacementsTotal } from './PlacementsTotal';

/** The inputs of the finance, demand or placements section. */
export function NumberFields(props: {
  section: NumberSection;
  form: NumberForm;
  onChange: (form: NumberForm) => void;
  errors: Record<string, string>;
  /** The saved return, for the placements total against the EHCPs maintained. */
  content: ReturnDraft;
  /** The agreement's figures for the return's financial year, in words, by field. */
  agreed?: { financialYear: string; figures: Partial<Record<string, string>> };
}) {
  const { section, form, onChange, errors, content, agreed } = props;
  return (
    <>
      {section === 'placements' && (
        <PlacementsTotal form={form} ehcps={content.demand?.ehcpsTotal} />
      )}
      {NUMBER_FIELDS[section].map((field) => {
        const id = fieldId(`${section}.${field.key}`);
        return (
          <NumberInput
            key={field.key}
            field={field}
            id={id}
            value={form[field.key] ?? ''}
            error={errors[id]}
            agreed={
              agreed?.figures[field.key] !== undefined
                ? { financialYear: agreed.financialYear, amount: agreed.figures[field.key] ?? '' }
                : undefined
            }
            onInput={(value) => onChange({ ...form, [field.key]: value })}
          />
        );
      })}
    </>
  );
}
