import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { canEditReturn, checkReturnComplete } from '../../../../shared/domain';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { usePageTitle } from '../../components/page-title';
import { periodName } from '../../display/labels';
import { canEditReturns, canSubmitReturns } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { loadReturn, type ReturnContext } from './load-return';
import { ReturnAnswers } from './ReturnAnswers';
import { describeSubmitProblems } from './submit-problems';
import { SendForSignOff } from './SendForSignOff';
import { SubmitSection } from './SubmitSection';

/** Check your answers, then (for approvers) sign off and submit. */
export function ReturnCheckPage(props: { user: SessionUser; laCode: string; period: string }) {
  const { user, laCode, period } = props;
  const { state } = useLoad((signal) => loadReturn(laCode, period, signal), [laCode, period]);
  const [errors, setErrors] = useState<ComponentChildren>(null);
  usePageTitle(`Check your answers – return for ${periodName(period)}`, {
    error: errors !== null || state.status === 'failed',
  });
  return (
    <>
      <BackLink href={paths.returnPage(laCode, period)} />
      {errors}
      <CouncilHeading user={user} laCode={laCode} caption={`return for ${periodName(period)}`}>
        Check your answers before submitting the return
      </CouncilHeading>
      <LoadState state={state} what="the return">
        {(context) => (
          <CheckBody
            user={user}
            laCode={laCode}
            period={period}
            context={context}
            renderErrors={setErrors}
          />
        )}
      </LoadState>
    </>
  );
}

function CheckBody(props: {
  user: SessionUser;
  laCode: string;
  period: string;
  context: ReturnContext;
  renderErrors: (summary: ComponentChildren) => void;
}) {
  const { user, laCode, period, context, renderErrors } = props;
  const { detail, agreement } = context;
  if (!detail) {
    return (
      <p class="govuk-body">
        Nothing has been saved for this return yet.{' '}
        <Link class="govuk-link" href={paths.returnPage(laCode, period)}>
          Start the return
        </Link>
      </p>
    );
  }
  if (!canEditReturn(detail.status)) {
    return (
      <p class="govuk-body">
        This return has been {detail.status}.{' '}
        <Link class="govuk-link" href={paths.returnPage(laCode, period)}>
          View the return
        </Link>
      </p>
    );
  }
  const gaps = describeSubmitProblems(checkReturnComplete(detail.content, agreement), {
    laCode,
    period,
    conditions: agreement.conditions,
    content: detail.content,
  });
  const editable = canEditReturns(user);
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds-from-desktop">
        {gaps.length > 0 && (
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <div class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">Warning</span>
              The return cannot be submitted yet.{' '}
              {gaps.length === 1 ? 'One thing needs' : `${gaps.length} things need`} attention:
              <ul class="govuk-list govuk-list--bullet govuk-!-margin-top-2 app-warning-list">
                {gaps.map((gap) => (
                  <li key={gap.path}>
                    {gap.href ? (
                      <Link class="govuk-link" href={gap.href}>
                        {gap.message}
                      </Link>
                    ) : (
                      gap.message
                    )}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
        <ReturnAnswers
          content={detail.content}
          conditions={agreement.conditions}
          mitigations={agreement.mitigations}
          sectionHref={
            editable
              ? (section, field) => paths.returnSection(laCode, period, section, field, true)
              : undefined
          }
        />
        {canSubmitReturns(user) && gaps.length > 0 ? (
          // No Submit button while the API would refuse it: the warning says what is missing.
          <div class="govuk-inset-text" data-testid="submit-unavailable">
            You can sign off and submit the return once{' '}
            {gaps.length === 1
              ? 'the thing listed above is'
              : `the ${gaps.length} things listed above are`}{' '}
            done.
          </div>
        ) : canSubmitReturns(user) ? (
          <SubmitSection
            user={user}
            laCode={laCode}
            period={period}
            context={context}
            renderErrors={renderErrors}
          />
        ) : editable && gaps.length === 0 ? (
          <SendForSignOff laCode={laCode} period={period} detail={detail} onErrors={renderErrors} />
        ) : (
          <div class="govuk-inset-text">
            A council approver (the director of children’s services or the section 151 officer)
            signs off this return and submits it to DfE
            {editable ? ', once it is complete and you have sent it for sign-off.' : '.'}
          </div>
        )}
      </div>
    </div>
  );
}
