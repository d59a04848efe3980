import { useState } from 'preact/hooks';
import { listCouncilAlerts } from '../../api/alerts';
import { CouncilHeading } from '../../components/CouncilHeading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { usePageTitle } from '../../components/page-title';
import { readAlertFilters } from '../../alerts/alert-filters';
import { takeFlash } from '../../flash';
import { canAcknowledgeAlerts } from '../../permissions';
import { useSearch } from '../../router';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { AlertFilterForm } from './AlertFilterForm';
import { AlertList } from './AlertList';

/** One council's alerts, open ones unless filtered otherwise. */
export function CouncilAlerts({ user, laCode }: { user: SessionUser; laCode: string }) {
  const search = useSearch();
  const filters = readAlertFilters(search);
  const { state } = useLoad(
    (signal) => {
      const { allStatuses: _all, ...query } = filters;
      return listCouncilAlerts(laCode, query, signal);
    },
    [laCode, search],
  );
  const [flash] = useState(takeFlash);
  usePageTitle('Alerts', { error: state.status === 'failed' });
  return (
    <>
      <CouncilHeading
        user={user}
        laCode={laCode}
        area="alerts"
        before={
          flash && (
            <NotificationBanner type="success" heading={flash.heading}>
              {flash.body && <p class="govuk-body">{flash.body}</p>}
            </NotificationBanner>
          )
        }
      >
        Alerts
      </CouncilHeading>
      <p class="govuk-body">
        Raised when the forecast breaks the agreed trajectory, EHCPs outgrow the plan, a condition
        is at risk or not met, or a return is overdue. Acknowledge an alert to say it has been seen
        and what is being done.
      </p>
      <AlertFilterForm
        key={search}
        path={paths.councilAlerts(laCode)}
        filters={filters}
        showRule={false}
      />
      <AlertList state={state} caption="Alerts" canAcknowledge={canAcknowledgeAlerts(user)} />
    </>
  );
}
