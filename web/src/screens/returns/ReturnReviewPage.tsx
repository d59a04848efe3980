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
import { returnHistory } from '../../api/returns';
import { resubmissionOf } from '../../returns/resubmission';
import { KeyFigures } from './KeyFigures';
import { loadReturn } from './load-return';
import { ResubmissionChanges } from './ResubmissionChanges';
import { ReturnAnswers } from './ReturnAnswers';
import { ReviewForm } from './ReviewForm';

async function loadForReview(laCode: string, period: string, signal: AbortSignal) {
  const [context, history] = await Promise.all([
    loadReturn(laCode, period, signal),
    returnHistory(laCode, period, signal).catch(() => []),
  ]);
  const resubmission = resubmissionOf(history, {
    conditions: new Map(context.agreement.conditions.map((c) => [c.id, c.title])),
    mitigations: new Map((context.agreement.mitigations ?? []).map((m) => [m.id, m.title])),
  });
  return { ...context, resubmission };
}

/**
 * DfE reviews a submitted return: on a resubmission, what DfE said before and what
 * changed since; the key figures; the whole return; then accept or return with comments.
 */
export function ReturnReviewPage(props: { user: SessionUser; laCode: string; period: string }) {
  const { user, laCode, period } = props;
  const name = useCouncilName(laCode);
  const { state } = useLoad((signal) => loadForReview(laCode, period, signal), [laCode, period]);
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
            {({ agreement, detail, resubmission }) =>
              canReview(user) && detail?.status === 'submitted' ? (
                <>
                  {resubmission && <ResubmissionChanges resubmission={resubmission} />}
                  <h2 class="govuk-heading-m">Against the plan</h2>
                  <KeyFigures agreement={agreement} period={period} content={detail.content} />
                  <h2 class="govuk-heading-m">What the council reported</h2>
                  <ReturnAnswers
                    content={detail.content}
                    conditions={agreement.conditions}
                    mitigations={agreement.mitigations}
                  />
                  {detail.signOff && (
                    <p class="govuk-body">
                      Signed off by {detail.signOff.name}, {detail.signOff.role}.
                    </p>
                  )}
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
