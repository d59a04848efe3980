import type { Alert } from '../../api/alerts';
import { AlertTable } from '../../components/AlertTable';
import { StatusMessage } from '../../components/StatusMessage';
import type { Load } from '../../use-load';
import { ErrorSummary } from '../../components/ErrorSummary';

/** A filtered list of alerts with its count announced, or why there are none. */
export function AlertList(props: {
  state: Load<Alert[]>;
  caption: string;
  councilNames?: Map<string, string>;
  canAcknowledge: boolean;
}) {
  const { state, caption, councilNames, canAcknowledge } = props;
  if (state.status === 'failed') {
    return (
      <ErrorSummary
        key={state.problem.detail}
        title="Sorry, the alerts could not be shown"
        description={state.problem.detail}
      />
    );
  }
  const count = state.status === 'loaded' ? state.value.length : 0;
  return (
    <>
      <StatusMessage>
        {state.status === 'loading'
          ? 'Loading alerts…'
          : count === 0
            ? 'There are no alerts that match.'
            : count === 1
              ? '1 alert'
              : `${count} alerts`}
      </StatusMessage>
      {state.status === 'loaded' && count > 0 && (
        <AlertTable
          alerts={state.value}
          caption={caption}
          {...(councilNames ? { councilNames } : {})}
          canAcknowledge={canAcknowledge}
        />
      )}
    </>
  );
}
