import type { ComponentChildren } from 'preact';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';

/** A GOV.UK text input with its label, hint and error message. */
export function TextInput(props: {
  id: string;
  name?: string;
  label: ComponentChildren;
  labelClass?: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  /** A GOV.UK width class, such as `govuk-input--width-10`. */
  widthClass?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  autocomplete?: string;
  spellcheck?: boolean;
  /** Ids of more text that describes the field, such as a live preview. */
  describedById?: string;
  /** A unit shown after the box, such as `%` (the label must say it too: it is hidden from screen readers). */
  suffix?: string;
  /** Shown between the hint (or label) and the input: an error message goes after it. */
  before?: ComponentChildren;
  /** Shown after the input, inside its form group. */
  children?: ComponentChildren;
}) {
  const { id, label, hint, error, value, onInput, children } = props;
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
      {props.before}
      {error && errorId && <FieldError id={errorId} message={error} />}
      {withSuffix(
        props.suffix,
        <input
          class={`govuk-input${props.widthClass ? ` ${props.widthClass}` : ''}${error ? ' govuk-input--error' : ''}`}
          id={id}
          name={props.name ?? id}
          type="text"
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
          aria-describedby={describedBy(hintId, errorId, props.describedById)}
          {...(props.inputMode ? { inputMode: props.inputMode } : {})}
          autocomplete={props.autocomplete ?? 'off'}
          spellcheck={props.spellcheck ?? false}
        />,
      )}
      {children}
    </div>
  );
}

/** GOV.UK's input with a suffix: the box and its unit in one wrapper. */
function withSuffix(suffix: string | undefined, input: ComponentChildren) {
  if (!suffix) return input;
  return (
    <div class="govuk-input__wrapper">
      {input}
      <div class="govuk-input__suffix" aria-hidden="true">
        {suffix}
      </div>
    </div>
  );
}
