import { ErrorSummary as GovukErrorSummary } from 'govuk-frontend';
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { FieldProblem } from '../api/client';
import { Link } from './Link';
import { useGovukFrontend } from './use-govuk-frontend';

/**
 * The GOV.UK error summary. GOV.UK Frontend moves focus to it when it appears, so
 * render it with a new `key` for each new error to have it announced again.
 */
export function ErrorSummary(props: {
  title?: string;
  description?: string;
  errors?: (FieldProblem & { href?: string | undefined })[];
  /** More to say or do, after the list: a button to reload, say. */
  children?: ComponentChildren;
}) {
  const { title = 'There is a problem', description, errors = [], children } = props;
  const ref = useRef<HTMLDivElement>(null);
  useGovukFrontend(ref, GovukErrorSummary);
  return (
    <div ref={ref} class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{title}</h2>
        <div class="govuk-error-summary__body">
          {description && <p class="govuk-body">{description}</p>}
          {errors.length > 0 && (
            <ul class="govuk-list govuk-error-summary__list">
              {errors.map((error) => (
                <li key={`${error.path}:${error.message}`}>
                  <ErrorLink href={error.href}>{error.message}</ErrorLink>
                </li>
              ))}
            </ul>
          )}
          {children}
        </div>
      </div>
    </div>
  );
}

/**
 * A link to the field: on this page a plain `#id` link, which GOV.UK Frontend turns into
 * moving focus to the field; on another page of the app, a link within the app.
 */
function ErrorLink({ href, children }: { href?: string | undefined; children: string }) {
  if (!href) return <>{children}</>;
  if (href.startsWith('#')) return <a href={href}>{children}</a>;
  return <Link href={href}>{children}</Link>;
}
