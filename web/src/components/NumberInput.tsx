import type { NumberField } from '../returns/fields';
import { moneyPreview } from '../returns/money-preview';
import { describedBy } from './describedBy';
import { TextInput } from './TextInput';

/**
 * A figure of a return: money in pounds or millions as people type it, counts and
 * percentages. Money shows what it was read as, so a slip (20.4 for 20.4m) is seen
 * before it is saved.
 */
export function NumberInput(props: {
  field: NumberField;
  id: string;
  value: string;
  error?: string | undefined;
  /** The agreement's figure for the year (`£9.507m`), shown beside a forecast. */
  agreed?: { financialYear: string; amount: string } | undefined;
  onInput: (value: string) => void;
}) {
  const { field, id, value, error, agreed, onInput } = props;
  const preview = moneyPreview(field, value);
  const previewId = `${id}-preview`;
  const agreedId = `${id}-agreed`;
  const hint =
    field.kind === 'money'
      ? `${field.hint ? `${field.hint} ` : ''}In pounds, like 20,067,000, or millions, like £20.067m.`
      : field.hint;
  return (
    <TextInput
      id={id}
      label={`${field.label}${field.required ? '' : ' (optional)'}`}
      hint={hint}
      before={
        agreed && (
          <div id={agreedId} class="govuk-hint app-agreed-figure">
            Agreed in the plan for {agreed.financialYear}: <strong>{agreed.amount}</strong>
          </div>
        )
      }
      error={error}
      value={value}
      onInput={onInput}
      widthClass={field.kind === 'money' ? 'govuk-input--width-10' : 'govuk-input--width-5'}
      inputMode={field.kind === 'count' ? 'numeric' : 'text'}
      describedById={describedBy(agreed && agreedId, field.kind === 'money' && previewId)}
    >
      {field.kind === 'money' && (
        <p id={previewId} class="govuk-body-s app-money-preview" aria-live="polite">
          {preview ? `Reads as ${preview}` : ''}
        </p>
      )}
    </TextInput>
  );
}
