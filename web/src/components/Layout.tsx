import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { SessionUser } from '../session';
import { Footer } from './Footer';
import { GenericHeader } from './GenericHeader';
import { PhaseBanner } from './PhaseBanner';
import { ServiceNavigation } from './ServiceNavigation';
import { SkipLink } from './SkipLink';

/** The GOV.UK page template: skip link, header, phase banner, main content, footer. */
export function Layout(props: {
  user: SessionUser | null;
  path: string;
  children: ComponentChildren;
}) {
  const { user, path, children } = props;
  useFocusOnNavigation(path);
  return (
    <>
      <SkipLink />
      <header class="govuk-template__header">
        <GenericHeader />
        {user && <ServiceNavigation key={user.sub} user={user} path={path} />}
      </header>
      <div class="govuk-width-container">
        <PhaseBanner />
        <main class="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer class="govuk-template__footer">
        <Footer />
      </footer>
    </>
  );
}

/**
 * A new screen does not load a new page, so screen reader users would not hear
 * that anything changed: after moving within the app, focus the new heading.
 */
function useFocusOnNavigation(path: string): void {
  const firstRef = useRef(true);
  useEffect(() => {
    if (firstRef.current) {
      firstRef.current = false;
      return;
    }
    const main = document.getElementById('main-content');
    // An error summary or success banner on the new screen has taken focus to be read out.
    if (document.activeElement?.closest('.govuk-error-summary, .govuk-notification-banner')) return;
    const heading = main?.querySelector<HTMLElement>('h1');
    const target = heading ?? main;
    if (!target) return;
    if (target === heading) heading.tabIndex = -1;
    target.focus({ preventScroll: true });
  }, [path]);
}
