import { useEffect } from 'preact/hooks';

export const SERVICE_NAME = 'Safety Valve monitoring';

/** Sets the browser tab's title the GOV.UK way: page – service, with "Error: " first on errors. */
export function usePageTitle(title: string, options: { error?: boolean } = {}): void {
  const text = `${options.error ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  useEffect(() => {
    document.title = text;
  }, [text]);
}
