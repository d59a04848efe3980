import type { ComponentChildren } from 'preact';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';
import type { Choice } from './Radios';

/** GOV.UK checkboxes in a fieldset; the first box has the group's `id`. */
export function Checkboxes(props: {
  id: string;
  name?: string;
  legend: ComponentChildren;
  legendClass?: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  choices: Choice[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  small?: boolean;
}) {
  const { id, legend, hint, error, choices, values, onChange } = props;
  const name = props.name ?? id;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (value: string, checked: boolean) => {
    const next = choices
      .map((c) => c.value)
      .filter((v) => (v === value ? checked : values.includes(v)));
    onChange(next);
  };
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend
          class={`govuk-fieldset__legend${props.legendClass ? ` ${props.legendClass}` : ' govuk-fieldset__legend--s'}`}
        >
          {legend}
        </legend>
        {hint && (
          <div id={hintId} class="govuk-hint">
            {hint}
          </div>
        )}
        {error && errorId && <FieldError id={errorId} message={error} />}
        <div class={`govuk-checkboxes${props.small ? ' govuk-checkboxes--small' : ''}`}>
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${choice.value}`;
            return (
              <div key={choice.value} class="govuk-checkboxes__item">
                <input
                  class="govuk-checkboxes__input"
                  id={inputId}
                  name={name}
                  type="checkbox"
                  value={choice.value}
                  checked={values.includes(choice.value)}
                  onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
                />
                <label class="govuk-label govuk-checkboxes__label" for={inputId}>
                  {choice.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
