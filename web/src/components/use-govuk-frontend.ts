import type { GovukComponent } from 'govuk-frontend';
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Starts a GOV.UK Frontend component's JavaScript on its root element once the
 * element is in the page. GOV.UK Frontend's `initAll` suits pages rendered once on
 * the server; here components come and go, so each starts its own. A component
 * starts once per element: give the element a new `key` to start it afresh.
 */
export function useGovukFrontend(
  ref: RefObject<HTMLElement | null>,
  component: GovukComponent,
  config?: object,
): void {
  useEffect(() => {
    if (!ref.current) return;
    try {
      new component(ref.current, config);
    } catch (error) {
      // Without its JavaScript the component still works as plain HTML.
      console.warn(`GOV.UK Frontend could not start ${component.moduleName}`, error);
    }
    // Started once, when the element arrives: config is read only then.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new config must not restart it
  }, [ref, component]);
}
