import { useState } from 'preact/hooks';
import { planRatingLabel } from '../../../../shared/domain';
import { reformPlanFile } from '../../api/files';
import { FileDownloads } from '../../components/FileDownloads';
import { CouncilHeading } from '../../components/CouncilHeading';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList } from '../../components/SummaryList';
import { Tag } from '../../components/Tag';
import { usePageTitle } from '../../components/page-title';
import { takeFlash } from '../../flash';
import { formatDate } from '../../format';
import { canEditReformPlan, canReview } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { PLAN_STATUS_COLOUR, PLAN_STATUS_TEXT, loadReform } from './load-reform';
import { SectionAnswers } from './SectionAnswers';

/** The council's local SEND reform plan: a task list while it is being written. */
export function ReformPlanPage(props: { user: SessionUser; laCode: string }) {
  const { user, laCode } = props;
  const { state } = useLoad((signal) => loadReform(laCode, signal), [laCode]);
  const [flash] = useState(takeFlash);
  usePageTitle('Local SEND reform plan', { error: state.status === 'failed' });
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds-from-desktop">
        <CouncilHeading
          user={user}
          laCode={laCode}
          area="reform"
          before={
            flash && (
              <NotificationBanner type="success" heading={flash.heading}>
                {flash.body && <p class="govuk-body">{flash.body}</p>}
              </NotificationBanner>
            )
          }
        >
          Local SEND reform plan
        </CouncilHeading>
        <LoadState state={state} what="the reform plan">
          {({ template, plan }) => {
            if (!template) {
              return <p class="govuk-body">DfE has not published the reform plan template yet.</p>;
            }
            const status = plan?.status ?? 'none';
            const editable = status === 'none' || status === 'draft' || status === 'returned';
            const sections = plan?.content.sections ?? [];
            const written = new Set(sections.filter((s) => s.text.trim()).map((s) => s.sectionId));
            return (
              <>
                <p class="govuk-body">
                  Status:{' '}
                  <Tag colour={PLAN_STATUS_COLOUR[status] ?? 'grey'}>
                    {PLAN_STATUS_TEXT[status] ?? status}
                  </Tag>
                </p>
                {plan && <FileDownloads files={[reformPlanFile(laCode)]} />}
                <div class="govuk-inset-text">
                  The plan follows DfE’s template (version {template.version}). Where its guidance
                  says so, the wording is illustrative until DfE publishes its own.
                </div>
                {plan?.review && (
                  <>
                    <h2 class="govuk-heading-m">DfE’s review</h2>
                    <SummaryList
                      rows={[
                        {
                          key: 'Decision',
                          value: plan.review.decision === 'approve' ? 'Approved' : 'Returned',
                        },
                        { key: 'Reviewed', value: formatDate(plan.review.reviewedAt) },
                        ...(plan.review.comments
                          ? [{ key: 'Comments', value: plan.review.comments }]
                          : []),
                        ...plan.review.ratings.map((r) => ({
                          key:
                            template.sections.find((s) => s.id === r.sectionId)?.title ??
                            r.sectionId,
                          value: (
                            <>
                              {planRatingLabel(r.rating)}
                              {r.comment && <span class="app-cell-note">{r.comment}</span>}
                            </>
                          ),
                        })),
                      ]}
                    />
                  </>
                )}
                {editable && canEditReformPlan(user) ? (
                  <>
                    <h2 class="govuk-heading-m">Write the plan</h2>
                    <p class="govuk-body">
                      You have written {template.sections.filter((s) => written.has(s.id)).length}{' '}
                      of {template.sections.length} sections.
                    </p>
                    <ul class="govuk-task-list">
                      {template.sections.map((section) => (
                        <li
                          key={section.id}
                          class="govuk-task-list__item govuk-task-list__item--with-link"
                        >
                          <div class="govuk-task-list__name-and-hint">
                            <Link
                              class="govuk-link govuk-task-list__link"
                              href={paths.reformSection(laCode, section.id)}
                              aria-describedby={`task-${section.id}-status`}
                            >
                              {section.title}
                            </Link>
                          </div>
                          <div class="govuk-task-list__status" id={`task-${section.id}-status`}>
                            {written.has(section.id) ? (
                              'Completed'
                            ) : (
                              <strong class="govuk-tag govuk-tag--turquoise">
                                Not yet started
                              </strong>
                            )}
                          </div>
                        </li>
                      ))}
                    </ul>
                    {plan && (
                      <>
                        <h2 class="govuk-heading-m">Check, sign off and submit</h2>
                        <Link
                          href={paths.reformCheck(laCode)}
                          class="govuk-button"
                          role="button"
                          draggable={false}
                        >
                          Check your answers
                        </Link>
                      </>
                    )}
                  </>
                ) : (
                  plan && (
                    <>
                      {plan.signOff && plan.submittedAt && (
                        <p class="govuk-body">
                          Signed off by {plan.signOff.name} ({plan.signOff.role}) and submitted on{' '}
                          {formatDate(plan.submittedAt)}.
                        </p>
                      )}
                      <SectionAnswers template={template} plan={plan} />
                    </>
                  )
                )}
                {!plan && !canEditReformPlan(user) && (
                  <p class="govuk-body">The council has not started its plan yet.</p>
                )}
                {status === 'submitted' && canReview(user) && (
                  <Link
                    href={paths.reformReview(laCode)}
                    class="govuk-button"
                    role="button"
                    draggable={false}
                  >
                    Review this plan
                  </Link>
                )}
                <p class="govuk-body">
                  <Link class="govuk-link" href={paths.stabilityGrant(laCode)}>
                    High Needs Stability Grant
                  </Link>
                </p>
              </>
            );
          }}
        </LoadState>
      </div>
    </div>
  );
}
