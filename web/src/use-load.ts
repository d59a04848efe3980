import { useCallback, useEffect, useState } from 'preact/hooks';
import { asProblem, type ProblemError } from './api/client';

export type Load<T> =
  | { status: 'loading' }
  | { status: 'loaded'; value: T }
  | { status: 'failed'; problem: ProblemError };

const LOADING = { status: 'loading' } as const;

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/**
 * Loads something from the API when the screen opens and again when `deps` change:
 * the state to render, a `reload`, and a `set` for when an action returns the new value.
 * While new deps load, the state is "loading", never the value loaded for the old ones.
 */
export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): { state: Load<T>; reload: () => void; set: (value: T) => void } {
  const [generation, setGeneration] = useState(0);
  const key = [...deps, generation];
  const [held, setHeld] = useState<{ key: readonly unknown[]; state: Load<T> }>({
    key,
    state: LOADING,
  });

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setHeld({ key, state: { status: 'loaded', value } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setHeld({ key, state: { status: 'failed', problem: asProblem(error) } });
        }
      },
    );
    return () => controller.abort();
    // The caller names what the load depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the caller's deps list
  }, key);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const set = useCallback(
    (value: T) =>
      setHeld((previous) => ({ key: previous.key, state: { status: 'loaded', value } })),
    [],
  );
  return { state: sameDeps(held.key, key) ? held.state : LOADING, reload, set };
}
