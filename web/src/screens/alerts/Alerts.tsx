import { useState } from 'preact/hooks';
import { listAlerts } from '../../api/alerts';
import { listCouncils } from '../../api/councils';
import { NotificationBanner } from '../../components/NotificationBanner';
import { usePageTitle } from '../../components/page-title';
import { readAlertFilters, readCouncilFilter } from '../../alerts/alert-filters';
import { takeFlash } from '../../flash';
import { canAcknowledgeAlerts, seesAllCouncils } from '../../permissions';
import { useSearch } from '../../router';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { AlertFilterForm } from './AlertFilterForm';
import { FileDownloads } from '../../components/FileDownloads';
import { alertsFile } from '../../api/files';
import { AlertList } from './AlertList';

/**
 * DfE's alerts across every council: open ones first, filtered by status, severity, type and
 * council, all in the address so a filtered list can be shared.
 */
export function Alerts({ user }: { user: SessionUser }) {
  const search = useSearch();
  const laCode = readCouncilFilter(search);
  const filters = { ...readAlertFilters(search), laCode };
  // The spreadsheet has the same alerts as the list.
  const { allStatuses: _all, laCode: _council, ...statusFilters } = filters;
  const listFilters = { ...statusFilters, ...(laCode ? { laCode } : {}) };
  const { state } = useLoad(
    async (signal) => {
      const [alerts, councils] = await Promise.all([
        listAlerts(listFilters, signal),
        listCouncils(signal),
      ]);
      return { alerts, councils, names: new Map(councils.map((c) => [c.laCode, c.name])) };
    },
    [search],
  );
  const [flash] = useState(takeFlash);
  usePageTitle('Alerts', { error: state.status === 'failed' });
  if (!seesAllCouncils(user)) {
    return <p class="govuk-body">Your council’s alerts are on its own alerts page.</p>;
  }
  return (
    <>
      {flash && (
        <NotificationBanner type="success" heading={flash.heading}>
          {flash.body && <p class="govuk-body">{flash.body}</p>}
        </NotificationBanner>
      )}
      <h1 class="govuk-heading-l">Alerts</h1>
      <p class="govuk-body">
        The service raises an alert when a council’s forecast breaks its agreed trajectory, its
        EHCPs outgrow the plan, a condition is at risk or not met, or a return is overdue. An alert
        resolves itself when a later return is back within tolerance.
      </p>
      <AlertFilterForm
        key={`${search}-${state.status}`}
        path={paths.alerts()}
        filters={filters}
        showRule
        councils={state.status === 'loaded' ? state.value.councils : []}
      />
      <AlertList
        state={state.status === 'loaded' ? { status: 'loaded', value: state.value.alerts } : state}
        caption="Alerts across councils"
        councilNames={state.status === 'loaded' ? state.value.names : new Map()}
        canAcknowledge={canAcknowledgeAlerts(user)}
      />
      {state.status === 'loaded' && state.value.alerts.length > 0 && (
        <FileDownloads files={[alertsFile(listFilters)]} />
      )}
    </>
  );
}
