import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { CouncilTabs } from '../../components/CouncilTabs';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { usePageTitle } from '../../components/page-title';
import { useCouncilName } from '../../components/use-council-name';
import { periodName } from '../../display/labels';
import { canReview } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { KeyFigures } from './KeyFigures';
import { loadReturn } from './load-return';
import { ReviewForm } from './ReviewForm';

/** DfE reviews a submitted return: the key figures, then accept or return with comments. */
export function ReturnReviewPage(props: { user: SessionUser; laCode: string; period: string }) {
  const { user, laCode, period } = props;
  const name = useCouncilName(laCode);
  const { state } = useLoad((signal) => loadReturn(laCode, period, signal), [laCode, period]);
  const [errors, setErrors] = useState<ComponentChildren>(null);
  const title = `Review the return for ${periodName(period)}`;
  usePageTitle(title, { error: errors !== null || state.status === 'failed' });
  return (
    <>
      <CouncilTabs user={user} laCode={laCode} area="summary" />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds-from-desktop">
          <BackLink href={paths.returnPage(laCode, period)} />
          {errors}
          <CouncilHeading user={user} laCode={laCode}>
            {title}
          </CouncilHeading>
          <LoadState state={state} what="the return">
            {({ agreement, detail }) =>
              canReview(user) && detail?.status === 'submitted' ? (
                <>
                  <KeyFigures agreement={agreement} period={period} content={detail.content} />
                  <p class="govuk-body">
                    <Link class="govuk-link" href={paths.returnPage(laCode, period)}>
                      Read the whole return
                    </Link>
                  </p>
                  <ReviewForm
                    laCode={laCode}
                    period={period}
                    councilName={name}
                    onErrors={setErrors}
                  />
                </>
              ) : (
                <p class="govuk-body">
                  {canReview(user)
                    ? `This return cannot be reviewed: it is ${detail?.status ?? 'not started'}.`
                    : 'Only DfE reviewers review returns.'}{' '}
                  <Link class="govuk-link" href={paths.returnPage(laCode, period)}>
                    View the return
                  </Link>
                </p>
              )
            }
          </LoadState>
        </div>
      </div>
    </>
  );
}
