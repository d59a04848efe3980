export function PhaseBanner() {
  return (
    <div class="govuk-phase-banner">
      <p class="govuk-phase-banner__content">
        <strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
        <span class="govuk-phase-banner__text">
          This is a new service. Your feedback will help us to improve it.
        </span>
      </p>
    </div>
  );
}
