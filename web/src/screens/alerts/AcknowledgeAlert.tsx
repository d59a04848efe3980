import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ProblemError } from '../../api/client';
import { listCouncilAlerts } from '../../api/alerts';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { CouncilTabs } from '../../components/CouncilTabs';
import { LoadState } from '../../components/LoadState';
import { SeverityTag } from '../../components/SeverityTag';
import { SummaryList } from '../../components/SummaryList';
import { usePageTitle } from '../../components/page-title';
import { ALERT_RULE_NAMES, periodName } from '../../display/labels';
import { formatDateTime } from '../../format';
import { canAcknowledgeAlerts } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { AcknowledgeForm } from './AcknowledgeForm';

async function loadAlert(laCode: string, alertId: string, signal: AbortSignal) {
  const alerts = await listCouncilAlerts(laCode, {}, signal);
  const alert = alerts.find((a) => a.id === alertId);
  if (!alert) {
    throw new ProblemError({ status: 404, title: 'Not found', detail: 'There is no such alert.' });
  }
  return alert;
}

/** Acknowledge an open alert: say it has been seen, and what is being done. */
export function AcknowledgeAlert(props: { user: SessionUser; laCode: string; alertId: string }) {
  const { user, laCode, alertId } = props;
  const { state } = useLoad((signal) => loadAlert(laCode, alertId, signal), [laCode, alertId]);
  const [errors, setErrors] = useState<ComponentChildren>(null);
  usePageTitle('Acknowledge an alert', { error: errors !== null || state.status === 'failed' });
  const back =
    new URLSearchParams(window.location.search).get('from') === 'alerts'
      ? paths.alerts()
      : paths.councilAlerts(laCode);
  return (
    <>
      <CouncilTabs user={user} laCode={laCode} area="alerts" />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds-from-desktop">
          <BackLink href={back} />
          {errors}
          <CouncilHeading user={user} laCode={laCode}>
            Acknowledge an alert
          </CouncilHeading>
          <LoadState state={state} what="the alert">
            {(alert) => (
              <>
                <SummaryList
                  rows={[
                    {
                      key: 'Alert',
                      value: (
                        <>
                          <SeverityTag severity={alert.severity} /> {ALERT_RULE_NAMES[alert.rule]}
                        </>
                      ),
                    },
                    { key: 'What happened', value: alert.message },
                    { key: 'Period', value: periodName(alert.period) },
                    { key: 'Raised', value: formatDateTime(alert.createdAt) },
                  ]}
                />
                {alert.status !== 'open' ? (
                  <p class="govuk-body">
                    This alert is {alert.status}
                    {alert.acknowledgeNote ? `: “${alert.acknowledgeNote}”` : ''}. Only an open
                    alert can be acknowledged.
                  </p>
                ) : canAcknowledgeAlerts(user) ? (
                  <AcknowledgeForm alert={alert} back={back} onErrors={setErrors} />
                ) : (
                  <p class="govuk-body">Your role cannot acknowledge alerts.</p>
                )}
              </>
            )}
          </LoadState>
        </div>
      </div>
    </>
  );
}
