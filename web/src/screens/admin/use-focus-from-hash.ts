import { useEffect } from 'preact/hooks';

/**
 * Puts focus on the field a "Change" link names (`…#laCode`) when the form shows again,
 * as the link would on a page of its own.
 */
export function useFocusFromHash(step: string): void {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    const field = document.getElementById(id);
    if (field) {
      field.focus();
      field.scrollIntoView({ block: 'center' });
    }
  }, [step]);
}
