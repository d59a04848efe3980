import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../../shared/domain';
import { asProblem } from '../api/client';
import { fieldMessage } from '../returns/messages';
import { ErrorSummary } from './ErrorSummary';

/** A field's label for an API message about it, and the verb that asks for it. */
export type FieldLabels = Record<string, string | [label: string, action: string]>;

export interface FormErrors {
  /** The message to show beside a field, if it has one. */
  error(path: string): string | undefined;
  /** Shows these problems: the summary at the top (linking to each field) and beside each field. */
  fail(errors: FieldError[], options?: { title?: string; detail?: string }): void;
  /** Shows an API refusal the same way, each field's message said once with its label. */
  failWith(caught: unknown, labels?: FieldLabels): void;
  /** Clears every problem. */
  clear(): void;
}

/**
 * A form's problems, the GOV.UK way: an error summary that the page draws above its
 * heading (`onErrors`; null clears it) and a message beside each field. Each new
 * failure renders the summary with a new key so that it takes focus and is announced.
 */
export function useFormErrors(onErrors: (summary: ComponentChildren) => void): FormErrors {
  const [problems, setProblems] = useState<FieldError[]>([]);
  const attemptRef = useRef(0);
  const fail: FormErrors['fail'] = (errors, options = {}) => {
    setProblems(errors);
    attemptRef.current += 1;
    onErrors(
      <ErrorSummary
        key={attemptRef.current}
        {...(options.title ? { title: options.title } : {})}
        {...(options.detail && errors.length === 0 ? { description: options.detail } : {})}
        errors={errors.map((e) => ({ ...e, href: `#${e.path}` }))}
      />,
    );
  };
  return {
    error: (path) => problems.find((p) => p.path === path)?.message,
    fail,
    failWith: (caught, labels = {}) => {
      const problem = asProblem(caught);
      fail(
        (problem.errors ?? []).map((e) => {
          const known = labels[e.path];
          const [label, action] = Array.isArray(known) ? known : [known ?? e.path, 'Enter'];
          return { path: e.path, message: fieldMessage(label, e.message, action) };
        }),
        { detail: problem.detail },
      );
    },
    clear: () => {
      setProblems([]);
      onErrors(null);
    },
  };
}

/**
 * The skeleton every action form shares: no browser validation (the service's own
 * messages instead), one submit button that is disabled while the action runs so a
 * double click does not send it twice.
 */
export function ActionForm(props: {
  submitLabel: string;
  /** The action; the button is enabled again once it settles. */
  onSubmit: () => void | Promise<void>;
  children: ComponentChildren;
  /** A filter form's secondary button, beside its fields. */
  secondary?: boolean;
  class?: string;
  label?: string;
}) {
  const { submitLabel, onSubmit, children, secondary = false } = props;
  const [sending, setSending] = useState(false);
  const busyRef = useRef(false);
  const mountedRef = useRef(true);
  useEffect(
    () => () => {
      mountedRef.current = false;
    },
    [],
  );
  const button = (
    <button
      type="submit"
      class={
        secondary ? 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0' : 'govuk-button'
      }
      disabled={sending}
    >
      {submitLabel}
    </button>
  );
  return (
    <form
      noValidate
      {...(props.class ? { class: props.class } : {})}
      {...(props.label ? { 'aria-label': props.label } : {})}
      onSubmit={(event) => {
        event.preventDefault();
        if (busyRef.current) return;
        busyRef.current = true;
        setSending(true);
        void Promise.resolve()
          .then(onSubmit)
          .finally(() => {
            busyRef.current = false;
            if (mountedRef.current) setSending(false);
          });
      }}
    >
      {secondary ? (
        <div class="app-filters__row">
          {children}
          <div class="govuk-form-group">{button}</div>
        </div>
      ) : (
        <>
          {children}
          {button}
        </>
      )}
    </form>
  );
}
