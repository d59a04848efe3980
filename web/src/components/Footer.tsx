import { SERVICE_NAME } from './page-title';

/**
 * GOV.UK footer without the crown copyright and open licence: councils' returns are
 * not published under the Open Government Licence.
 */
export function Footer() {
  return (
    <div class="govuk-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 class="govuk-visually-hidden">Support links</h2>
            <ul class="govuk-footer__inline-list">
              <li class="govuk-footer__inline-list-item">
                {/* A page of the API, not of this app: an ordinary link. */}
                <a class="govuk-footer__link" href="/api/docs">
                  API reference
                </a>
              </li>
            </ul>
            <div class="govuk-footer__meta-custom">
              {SERVICE_NAME}: councils and the Department for Education follow each Safety Valve
              agreement and its returns.
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
