import { NotificationBanner as GovukNotificationBanner } from 'govuk-frontend';
import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { useGovukFrontend } from './use-govuk-frontend';

/**
 * The GOV.UK notification banner. A success banner is an alert, and GOV.UK Frontend
 * moves focus to it; an important one is a region the user comes to in their turn.
 */
export function NotificationBanner(props: {
  type?: 'important' | 'success';
  heading: string;
  children?: ComponentChildren;
}) {
  const { type = 'important', heading, children } = props;
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useGovukFrontend(ref, GovukNotificationBanner);
  const success = type === 'success';
  return (
    <div
      ref={ref}
      class={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id={titleId}>
          {success ? 'Success' : 'Important'}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
