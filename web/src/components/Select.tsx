import type { ComponentChildren } from 'preact';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';
import type { Choice } from './Radios';

/** A GOV.UK select, for choosing one of many (a period, a measure). */
export function Select(props: {
  id: string;
  name?: string;
  label: ComponentChildren;
  labelClass?: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  choices: Choice[];
  value: string;
  onChange: (value: string) => void;
}) {
  const { id, label, hint, error, choices, value, onChange } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class={`govuk-label${props.labelClass ? ` ${props.labelClass}` : ''}`} for={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} class="govuk-hint">
          {hint}
        </div>
      )}
      {error && errorId && <FieldError id={errorId} message={error} />}
      <select
        class={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={props.name ?? id}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
