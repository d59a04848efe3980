import { useState } from 'preact/hooks';
import { canEditReturn, periodDueDate } from '../../../../shared/domain';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { CouncilTabs } from '../../components/CouncilTabs';
import { LoadState } from '../../components/LoadState';
import { NotificationBanner } from '../../components/NotificationBanner';
import { usePageTitle } from '../../components/page-title';
import { periodName } from '../../display/labels';
import { takeFlash } from '../../flash';
import { canEditReturns, canSubmitReturns } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { loadReturn } from './load-return';
import { ReturnFacts } from './ReturnFacts';
import { ReturnTaskList } from './ReturnTaskList';
import { ReturnUpload, UploadErrorSummary, type UploadRefusal } from './ReturnUpload';
import { FileDownloads } from '../../components/FileDownloads';
import { returnFiles } from '../../api/files';
import { ReturnView } from './ReturnView';
import { ReviewComments } from './ReviewComments';

/**
 * A period's return. Council editors and approvers get the task list while it can be
 * changed; everyone else, and everyone once it is submitted, reads it.
 */
export function ReturnPage(props: { user: SessionUser; laCode: string; period: string }) {
  const { user, laCode, period } = props;
  const { state, set } = useLoad(
    (signal) => loadReturn(laCode, period, signal, { startNew: canEditReturns(user) }),
    [laCode, period],
  );
  const [flash] = useState(takeFlash);
  const [refusal, setRefusal] = useState<UploadRefusal | null>(null);
  const title = `Return for ${periodName(period)}`;
  usePageTitle(title, { error: state.status === 'failed' });
  return (
    <>
      <CouncilTabs user={user} laCode={laCode} area="summary" />
      <CouncilHeading
        user={user}
        laCode={laCode}
        before={
          <>
            <BackLink href={paths.council(laCode)} />
            {flash && (
              <NotificationBanner type="success" heading={flash.heading}>
                {flash.body && <p class="govuk-body">{flash.body}</p>}
              </NotificationBanner>
            )}
            {refusal && <UploadErrorSummary refusal={refusal} />}
          </>
        }
      >
        {title}
      </CouncilHeading>
      <LoadState state={state} what="the return">
        {(context) => {
          const status = context.detail?.status ?? 'draft';
          const editable = canEditReturns(user) && canEditReturn(status);
          const review = context.detail?.review;
          return (
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-two-thirds-from-desktop">
                {review && status === 'returned' && (
                  <ReviewComments review={review} editable={editable} />
                )}
                <ReturnFacts
                  detail={context.detail}
                  dueOn={periodDueDate(period, context.agreement.returnDueDays)}
                />
                {context.detail && <FileDownloads files={returnFiles(laCode, period)} />}
                {editable ? (
                  <>
                    <ReturnTaskList
                      laCode={laCode}
                      period={period}
                      context={context}
                      canSubmit={canSubmitReturns(user)}
                    />
                    <ReturnUpload
                      laCode={laCode}
                      period={period}
                      context={context}
                      onUploaded={(detail) => set({ ...context, detail, content: detail.content })}
                      refusal={refusal}
                      onRefusal={setRefusal}
                    />
                  </>
                ) : (
                  <ReturnView user={user} laCode={laCode} period={period} context={context} />
                )}
              </div>
            </div>
          );
        }}
      </LoadState>
    </>
  );
}
