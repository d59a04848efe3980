import { ServiceNavigation as GovukServiceNavigation } from 'govuk-frontend';
import { useRef } from 'preact/hooks';
import { navigationFor, type NavigationItem } from '../navigation';
import { ROLE_NAMES } from '../roles';
import { signOut } from '../auth/sign-out';
import { paths } from '../routes/paths';
import { refreshTokenOf, type SessionUser } from '../session';
import { Link } from './Link';
import { useGovukFrontend } from './use-govuk-frontend';

/**
 * GOV.UK service navigation: the service's pages, who is signed in and a sign-out
 * link. Shown only to a signed-in user: before that there is nowhere to go.
 */
export function ServiceNavigation({ user, path }: { user: SessionUser; path: string }) {
  const ref = useRef<HTMLElement>(null);
  useGovukFrontend(ref, GovukServiceNavigation);
  return (
    <section
      ref={ref}
      aria-label="Service information"
      class="govuk-service-navigation"
      data-module="govuk-service-navigation"
    >
      <div class="govuk-width-container govuk-service-navigation__inlining-container">
        <div class="govuk-service-navigation__container">
          <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
            {/* GOV.UK Frontend shows this on small screens and folds the links behind it. */}
            <button
              type="button"
              class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls="navigation"
              hidden
            >
              Menu
            </button>
            <ul class="govuk-service-navigation__list" id="navigation">
              {navigationFor(user).map((item) => (
                <NavigationLink
                  key={item.href}
                  item={item}
                  current={item.matches(path)}
                  page={item.href === path}
                />
              ))}
            </ul>
          </nav>
        </div>
        <div class="app-signed-in">
          <p class="app-signed-in__user">
            <span class="govuk-visually-hidden">Signed in as </span>
            <strong>{user.name}</strong>, {ROLE_NAMES[user.role]}
          </p>
          <Link class="govuk-link govuk-link--no-visited-state" href={paths.notifications()}>
            Email notifications
          </Link>
          {/* Signed in locally (no organisation session to renew): the runner keeps emails. */}
          {refreshTokenOf() === null && (
            <Link class="govuk-link govuk-link--no-visited-state" href={paths.emailsSent()}>
              Emails sent
            </Link>
          )}
          <a
            href="/sign-in"
            class="govuk-link govuk-link--no-visited-state app-signed-in__sign-out"
            onClick={(event) => {
              event.preventDefault();
              signOut();
            }}
          >
            Sign out
          </a>
        </div>
      </div>
    </section>
  );
}

function NavigationLink(props: { item: NavigationItem; current: boolean; page: boolean }) {
  const { item, current, page } = props;
  return (
    <li
      class={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}
    >
      <Link
        class="govuk-service-navigation__link"
        href={item.href}
        {...(current ? { 'aria-current': page ? 'page' : 'true' } : {})}
      >
        {/* Strong so the current page still stands out when users override colours. */}
        {current ? (
          <strong class="govuk-service-navigation__active-fallback">{item.text}</strong>
        ) : (
          item.text
        )}
      </Link>
    </li>
  );
}
