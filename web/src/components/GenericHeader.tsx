import { Link } from './Link';
import { SERVICE_NAME } from './page-title';

/**
 * GOV.UK Frontend's generic header: the service is not on GOV.UK, so it carries
 * the service's name rather than the GOV.UK crown and logotype.
 */
export function GenericHeader() {
  return (
    <div class="govuk-generic-header">
      <div class="govuk-generic-header__container govuk-width-container">
        <div class="govuk-generic-header__logo">
          <Link href="/" class="govuk-generic-header__homepage-link">
            {SERVICE_NAME}
          </Link>
        </div>
      </div>
    </div>
  );
}
