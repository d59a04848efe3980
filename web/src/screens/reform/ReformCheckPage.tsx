import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { asProblem } from '../../api/client';
import { submitPlan } from '../../api/reform';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadState } from '../../components/LoadState';
import { TextInput } from '../../components/TextInput';
import { usePageTitle } from '../../components/page-title';
import { setFlash } from '../../flash';
import { canSubmitReformPlan } from '../../permissions';
import { SubmissionKeys } from '../../returns/idempotency';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { loadReform } from './load-reform';
import { SectionAnswers } from './SectionAnswers';

/** Check your answers, then the approver signs the plan off and submits it to DfE. */
export function ReformCheckPage(props: { user: SessionUser; laCode: string }) {
  const { user, laCode } = props;
  const { state } = useLoad((signal) => loadReform(laCode, signal), [laCode]);
  const [errors, setErrors] = useState<ComponentChildren>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const keys = useRef(new SubmissionKeys());
  usePageTitle('Check your reform plan', { error: errors !== null || state.status === 'failed' });

  async function submit() {
    if (sending) return;
    const own: { path: string; message: string; href: string }[] = [];
    if (!name.trim())
      own.push({
        path: 'name',
        message: 'Enter the name of the officer signing off',
        href: '#name',
      });
    if (!role.trim())
      own.push({
        path: 'role',
        message: 'Enter the role of the officer signing off',
        href: '#role',
      });
    if (own.length > 0) {
      setProblems(Object.fromEntries(own.map((e) => [e.path, e.message])));
      setErrors(<ErrorSummary key={Date.now()} errors={own} />);
      return;
    }
    const input = { signOff: { name: name.trim(), role: role.trim() } };
    setSending(true);
    try {
      await submitPlan(laCode, input, keys.current.keyFor(input));
      keys.current.settled(200);
      setFlash({
        heading: 'Reform plan submitted',
        body: 'DfE will review it and tell you its decision.',
      });
      navigate(paths.reformPlan(laCode));
    } catch (error) {
      const problem = asProblem(error);
      keys.current.settled(problem.status);
      setSending(false);
      // A section without text links to its own page.
      const listed = (problem.errors ?? []).map((e) => {
        const sectionId = /^sections\.(.+)$/.exec(e.path)?.[1];
        return {
          path: e.path,
          message: e.message.charAt(0).toUpperCase() + e.message.slice(1),
          href: sectionId
            ? paths.reformSection(laCode, sectionId)
            : `#${e.path.replace('signOff.', '')}`,
        };
      });
      setErrors(
        <ErrorSummary
          key={Date.now()}
          title={problem.status === 422 ? 'The plan is not ready to submit' : 'There is a problem'}
          description={problem.detail}
          errors={listed}
        />,
      );
    }
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds-from-desktop">
        <BackLink href={paths.reformPlan(laCode)} />
        {errors}
        <CouncilHeading user={user} laCode={laCode} caption="reform plan">
          Check your answers
        </CouncilHeading>
        <LoadState state={state} what="the reform plan">
          {({ template, plan }) =>
            !template || !plan ? (
              <p class="govuk-body">There is no plan to check yet.</p>
            ) : (
              <>
                <SectionAnswers template={template} plan={plan} changeFor={laCode} />
                {canSubmitReformPlan(user) ? (
                  <form
                    noValidate
                    onSubmit={(event) => {
                      event.preventDefault();
                      void submit();
                    }}
                  >
                    <h2 class="govuk-heading-m">Sign off and submit</h2>
                    <p class="govuk-body">
                      By submitting you confirm, as the senior officer signing off, that the plan is
                      the area’s agreed local SEND reform plan.
                    </p>
                    <TextInput
                      id="name"
                      label="Your name"
                      autocomplete="name"
                      error={problems['name']}
                      value={name}
                      onInput={setName}
                    />
                    <TextInput
                      id="role"
                      label="Your role"
                      hint="For example, Director of Children’s Services"
                      error={problems['role']}
                      value={role}
                      onInput={setRole}
                    />
                    <button type="submit" class="govuk-button" disabled={sending}>
                      Sign off and submit
                    </button>
                  </form>
                ) : (
                  <p class="govuk-body">
                    A council approver signs off the plan and submits it to DfE.
                  </p>
                )}
              </>
            )
          }
        </LoadState>
      </div>
    </div>
  );
}
