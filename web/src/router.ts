import { useEffect, useState } from 'preact/hooks';

type Listener = () => void;
const listeners = new Set<Listener>();

/** Goes to a path inside the app without reloading the page. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search + window.location.hash;
  if (path === current) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  notify();
  if (!options.replace) window.scrollTo(0, 0);
}

function notify(): void {
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', notify);

/** Re-renders the caller with `read()` whenever the address changes. */
function useAddressPart(read: () => string): string {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const update = () => setValue(read());
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
    // `read` is one of the module's own readers below: fixed for the caller's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- subscribes once, on mount
  }, []);
  return value;
}

const readPath = () => window.location.pathname;
const readSearch = () => window.location.search;

/** The current path; re-renders the caller when it changes. */
export function usePath(): string {
  return useAddressPart(readPath);
}

/** The current query string (`?period=…`, or ''); re-renders the caller when it changes. */
export function useSearch(): string {
  return useAddressPart(readSearch);
}

/**
 * Whether a click on a link should be left to the browser: new tab or window,
 * download, another origin, or a page outside this app such as the API docs.
 */
export function isExternalClick(event: MouseEvent, anchor: HTMLAnchorElement): boolean {
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (anchor.target !== '' && anchor.target !== '_self') ||
    anchor.hasAttribute('download') ||
    anchor.origin !== window.location.origin ||
    anchor.pathname.startsWith('/api/')
  );
}
