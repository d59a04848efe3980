/** GOV.UK pagination as "Previous" and "Next" buttons, for lists paged by cursor. */
export function Pagination(props: {
  label: string;
  onPrevious?: (() => void) | undefined;
  onNext?: (() => void) | undefined;
}) {
  const { label, onPrevious, onNext } = props;
  if (!onPrevious && !onNext) return null;
  return (
    <nav class="govuk-pagination govuk-pagination--block" aria-label={label}>
      {onPrevious && (
        <div class="govuk-pagination__prev">
          <button
            type="button"
            class="govuk-link govuk-pagination__link app-link-button"
            onClick={onPrevious}
          >
            <svg
              class="govuk-pagination__icon govuk-pagination__icon--prev"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span class="govuk-pagination__link-title">
              Previous<span class="govuk-visually-hidden"> page</span>
            </span>
          </button>
        </div>
      )}
      {onNext && (
        <div class="govuk-pagination__next">
          <button
            type="button"
            class="govuk-link govuk-pagination__link app-link-button"
            onClick={onNext}
          >
            <svg
              class="govuk-pagination__icon govuk-pagination__icon--next"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
            <span class="govuk-pagination__link-title">
              Next<span class="govuk-visually-hidden"> page</span>
            </span>
          </button>
        </div>
      )}
    </nav>
  );
}
