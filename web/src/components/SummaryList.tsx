import type { ComponentChildren } from 'preact';
import { Link } from './Link';

export interface SummaryRow {
  key: string;
  value: ComponentChildren;
  /** A "Change" link; `hidden` completes its text for screen readers ("Change high needs income"). */
  change?: { href: string; hidden: string };
}

/** The GOV.UK summary list: labelled answers, each with an optional change link. */
export function SummaryList({ rows, noBorder }: { rows: SummaryRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => row.change);
  return (
    <dl class={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((row) => (
        <div
          key={row.key}
          class={`govuk-summary-list__row${anyActions && !row.change ? ' govuk-summary-list__row--no-actions' : ''}`}
        >
          <dt class="govuk-summary-list__key">{row.key}</dt>
          <dd class="govuk-summary-list__value">{row.value}</dd>
          {row.change && (
            <dd class="govuk-summary-list__actions">
              <Link class="govuk-link" href={row.change.href}>
                Change<span class="govuk-visually-hidden"> {row.change.hidden}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
