import type { ComponentChildren } from 'preact';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/**
 * GOV.UK radios in a fieldset. The first radio has the group's `id`, so an error
 * summary's link lands on it.
 */
export function Radios(props: {
  id: string;
  name?: string;
  legend: ComponentChildren;
  legendClass?: string;
  /** The legend is the page's heading. */
  legendIsHeading?: boolean;
  hint?: ComponentChildren;
  error?: string | undefined;
  choices: Choice[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
  small?: boolean;
}) {
  const { id, legend, hint, error, choices, value, onChange } = props;
  const name = props.name ?? id;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const legendClass = `govuk-fieldset__legend${props.legendClass ? ` ${props.legendClass}` : ' govuk-fieldset__legend--s'}`;
  const modifiers = `${props.inline ? ' govuk-radios--inline' : ''}${props.small ? ' govuk-radios--small' : ''}`;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend class={legendClass}>
          {props.legendIsHeading ? <h1 class="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint && (
          <div id={hintId} class="govuk-hint">
            {hint}
          </div>
        )}
        {error && errorId && <FieldError id={errorId} message={error} />}
        <div class={`govuk-radios${modifiers}`}>
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${choice.value}`;
            const itemHintId = choice.hint ? `${inputId}-item-hint` : undefined;
            return (
              <div key={choice.value} class="govuk-radios__item">
                <input
                  class="govuk-radios__input"
                  id={inputId}
                  name={name}
                  type="radio"
                  value={choice.value}
                  checked={value === choice.value}
                  onChange={() => onChange(choice.value)}
                  aria-describedby={itemHintId}
                />
                <label class="govuk-label govuk-radios__label" for={inputId}>
                  {choice.label}
                </label>
                {choice.hint && (
                  <div id={itemHintId} class="govuk-hint govuk-radios__hint">
                    {choice.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
