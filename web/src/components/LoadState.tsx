import type { ComponentChildren } from 'preact';
import type { Load } from '../use-load';
import { ErrorSummary } from './ErrorSummary';
import { StatusMessage } from './StatusMessage';

/**
 * What a screen shows while its data loads, or when it cannot: a status message, then
 * an error summary. Once loaded, `children` renders the value.
 */
export function LoadState<T>(props: {
  state: Load<T>;
  /** What is loading, as in "Loading the return…" and "The return could not be shown". */
  what: string;
  children: (value: T) => ComponentChildren;
}) {
  const { state, what, children } = props;
  if (state.status === 'loaded') return <>{children(state.value)}</>;
  if (state.status === 'failed') {
    return (
      <ErrorSummary
        key={state.problem.detail}
        title={`Sorry, ${what} could not be shown`}
        description={state.problem.detail}
      />
    );
  }
  return <StatusMessage>Loading {what}…</StatusMessage>;
}
