import { useMemo, useState } from 'preact/hooks';
import { CouncilHeading } from '../../components/CouncilHeading';
import { LoadState } from '../../components/LoadState';
import { NotificationBanner } from '../../components/NotificationBanner';
import { usePageTitle } from '../../components/page-title';
import { useCouncilName } from '../../components/use-council-name';
import { takeFlash } from '../../flash';
import {
  canAdminister,
  canEditReturns,
  canReview,
  canSubmitReturns,
  isCouncilUser,
} from '../../permissions';
import { Link } from '../../components/Link';
import { paths } from '../../routes/paths';
import { returnSchedule, returnsOwed, todayInUk } from '../../returns/schedule';
import { trajectoryRows } from '../../returns/trajectory';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { AgreementSummary } from './AgreementSummary';
import { AwaitingReview } from './AwaitingReview';
import { AwaitingSignOff } from './AwaitingSignOff';
import { loadCouncilHome, type CouncilHomeData } from './load-council-home';
import { OpenAlerts } from './OpenAlerts';
import { OwedReturns } from './OwedReturns';
import { ReturnsTable } from './ReturnsTable';
import { TrajectorySection } from './TrajectorySection';
import { BaselineSection } from './BaselineSection';
import { MitigationsSection } from './MitigationsSection';
import { RecoveryProfileSection } from './RecoveryProfileSection';

/**
 * A council's home: the agreement at a glance, the deficit trajectory, open alerts and
 * the returns, with what the council still owes. Council users land here; DfE comes
 * from the list of councils.
 */
export function CouncilHome({ user, laCode }: { user: SessionUser; laCode: string }) {
  const name = useCouncilName(laCode);
  const { state } = useLoad((signal) => loadCouncilHome(laCode, signal), [laCode]);
  const [flash] = useState(takeFlash);
  usePageTitle(isCouncilUser(user) ? 'Your Safety Valve agreement' : name, {
    error: state.status === 'failed',
  });
  return (
    <>
      <CouncilHeading
        user={user}
        laCode={laCode}
        area="summary"
        before={
          flash && (
            <NotificationBanner type="success" heading={flash.heading}>
              {flash.body && <p class="govuk-body">{flash.body}</p>}
            </NotificationBanner>
          )
        }
      >
        Safety Valve agreement
      </CouncilHeading>
      <LoadState state={state} what="the agreement">
        {(data) => <CouncilHomeBody user={user} laCode={laCode} name={name} data={data} />}
      </LoadState>
    </>
  );
}

function CouncilHomeBody(props: {
  user: SessionUser;
  laCode: string;
  name: string;
  data: CouncilHomeData;
}) {
  const { user, laCode, name, data } = props;
  const { agreement } = data;
  const schedule = useMemo(
    () => (agreement ? returnSchedule(agreement, data.returns, todayInUk()) : []),
    [agreement, data.returns],
  );
  const rows = useMemo(
    () => (agreement ? trajectoryRows(agreement.trajectory, data.forecasts) : []),
    [agreement, data.forecasts],
  );
  if (!agreement) {
    return (
      <>
        <p class="govuk-body">
          No agreement has been recorded for {name} yet. DfE records it once it is signed.
        </p>
        {canAdminister(user) && (
          <Link
            href={paths.editAgreement(laCode)}
            class="govuk-button"
            role="button"
            draggable={false}
          >
            Set up the agreement
          </Link>
        )}
      </>
    );
  }
  return (
    <>
      {canReview(user) && <AwaitingReview laCode={laCode} rows={schedule} />}
      {isCouncilUser(user) && canSubmitReturns(user) && <AwaitingSignOff laCode={laCode} />}
      {isCouncilUser(user) && (
        <OwedReturns laCode={laCode} owed={returnsOwed(schedule)} canEdit={canEditReturns(user)} />
      )}
      <OpenAlerts laCode={laCode} user={user} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds-from-desktop">
          <h2 class="govuk-heading-m">The agreement</h2>
          <AgreementSummary agreement={agreement} tranches={data.tranches} />
          <ul class="govuk-list">
            {canAdminister(user) && (
              <li>
                <Link class="govuk-link" href={paths.editAgreement(laCode)}>
                  Record a variation
                </Link>
              </li>
            )}
            <li>
              <Link class="govuk-link" href={paths.agreementVersions(laCode)}>
                Every version of the agreement (version {agreement.version})
              </Link>
            </li>
          </ul>
        </div>
      </div>
      <h2 class="govuk-heading-m">Deficit trajectory</h2>
      <TrajectorySection rows={rows} councilName={name} />
      <h2 class="govuk-heading-m" id="recovery-profile">
        Recovery profile
      </h2>
      <RecoveryProfileSection rows={data.profile} councilName={name} />
      <h2 class="govuk-heading-m" id="savings">
        Savings by mitigation
      </h2>
      <MitigationsSection list={data.mitigations} />
      {agreement.baseline && (
        <>
          <h2 class="govuk-heading-m" id="baseline">
            Baseline
          </h2>
          <BaselineSection baseline={agreement.baseline} latest={data.latestPlacements} />
        </>
      )}
      <h2 class="govuk-heading-m" id="returns">
        Returns
      </h2>
      <ReturnsTable laCode={laCode} rows={schedule} user={user} />
    </>
  );
}
