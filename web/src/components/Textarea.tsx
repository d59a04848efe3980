import type { ComponentChildren } from 'preact';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';

/** A GOV.UK textarea with its label, hint and error message. */
export function Textarea(props: {
  id: string;
  name?: string;
  label: ComponentChildren;
  labelClass?: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  rows?: number;
  maxLength?: number;
}) {
  const { id, label, hint, error, value, onInput } = props;
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
      <textarea
        class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={props.name ?? id}
        rows={props.rows ?? 5}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        aria-describedby={describedBy(hintId, errorId)}
        {...(props.maxLength ? { maxLength: props.maxLength } : {})}
      />
    </div>
  );
}
