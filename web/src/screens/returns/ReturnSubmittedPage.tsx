import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { Panel } from '../../components/Panel';
import { usePageTitle } from '../../components/page-title';
import { useCouncilName } from '../../components/use-council-name';
import { periodName } from '../../display/labels';
import { formatDateTime } from '../../format';
import { paths } from '../../routes/paths';
import { useLoad } from '../../use-load';
import { loadReturn } from './load-return';

/** Confirmation that a return has gone to DfE, and what happens next. */
export function ReturnSubmittedPage({ laCode, period }: { laCode: string; period: string }) {
  const name = useCouncilName(laCode);
  const { state } = useLoad((signal) => loadReturn(laCode, period, signal), [laCode, period]);
  usePageTitle('Return submitted', { error: state.status === 'failed' });
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <LoadState state={state} what="the return">
          {({ detail }) => (
            <>
              <Panel title="Return submitted">
                {name}
                <br />
                <strong>{periodName(period)}</strong>
              </Panel>
              {detail?.submittedAt && (
                <p class="govuk-body">
                  Submitted on {formatDateTime(detail.submittedAt)}
                  {detail.signOff &&
                    `, signed off by ${detail.signOff.name}, ${detail.signOff.role}`}
                  .
                </p>
              )}
              <h2 class="govuk-heading-m">What happens next</h2>
              <p class="govuk-body">
                DfE will review the return. They will either accept it or send it back with
                comments, and you will see their decision on your home page.
              </p>
              <p class="govuk-body">
                If the forecast is off the agreed trajectory, an alert is raised for DfE and for
                your council.
              </p>
              <p class="govuk-body">
                <Link class="govuk-link" href={paths.returnPage(laCode, period)}>
                  View the submitted return
                </Link>
              </p>
              <p class="govuk-body">
                <Link class="govuk-link" href={paths.council(laCode)}>
                  Back to your agreement
                </Link>
              </p>
            </>
          )}
        </LoadState>
      </div>
    </div>
  );
}
