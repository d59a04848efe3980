import type { ComponentChildren } from 'preact';
import { Link } from './Link';

/** A GOV.UK summary card: a titled box around a summary list, with optional actions. */
export function SummaryCard(props: {
  title: string;
  /** The heading level of the card's title; 2 unless it sits under a section heading. */
  level?: 2 | 3;
  action?: { href: string; text: string; hidden: string };
  children: ComponentChildren;
}) {
  const { title, action, children } = props;
  const Heading = props.level === 3 ? 'h3' : 'h2';
  return (
    <div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper">
        <Heading class="govuk-summary-card__title">{title}</Heading>
        {action && (
          <ul class="govuk-summary-card__actions">
            <li class="govuk-summary-card__action">
              <Link class="govuk-link" href={action.href}>
                {action.text}
                <span class="govuk-visually-hidden"> {action.hidden}</span>
              </Link>
            </li>
          </ul>
        )}
      </div>
      <div class="govuk-summary-card__content">{children}</div>
    </div>
  );
}
