import type { ComponentChildren } from 'preact';

/** The GOV.UK confirmation panel: the page's heading, for a finished transaction. */
export function Panel({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="govuk-panel govuk-panel--confirmation">
      <h1 class="govuk-panel__title">{title}</h1>
      {children && <div class="govuk-panel__body">{children}</div>}
    </div>
  );
}
