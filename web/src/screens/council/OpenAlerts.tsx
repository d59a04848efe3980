import { listCouncilAlerts } from '../../api/alerts';
import { AlertTable } from '../../components/AlertTable';
import { Link } from '../../components/Link';
import { canAcknowledgeAlerts } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';

/** The council's open alerts; if they cannot be loaded the rest of the page still shows. */
export function OpenAlerts({ laCode, user }: { laCode: string; user: SessionUser }) {
  const { state } = useLoad(
    (signal) => listCouncilAlerts(laCode, { status: 'open' }, signal),
    [laCode],
  );
  return (
    <>
      <h2 class="govuk-heading-m">Open alerts</h2>
      {state.status === 'loading' && <p class="govuk-body">Loading alerts…</p>}
      {state.status === 'failed' && (
        <p class="govuk-body">Alerts could not be shown: {state.problem.detail}</p>
      )}
      {state.status === 'loaded' &&
        (state.value.length === 0 ? (
          <p class="govuk-body">There are no open alerts.</p>
        ) : (
          <AlertTable
            alerts={state.value}
            caption="Open alerts"
            canAcknowledge={canAcknowledgeAlerts(user)}
          />
        ))}
      <p class="govuk-body">
        <Link class="govuk-link" href={paths.councilAlerts(laCode)}>
          All alerts for this council
        </Link>
      </p>
    </>
  );
}
