import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../../../shared/domain';
import type { SignOff } from '../../../../shared/schemas/return-content';
import { asProblem } from '../../api/client';
import { submitReturn } from '../../api/returns';
import { ErrorSummary } from '../../components/ErrorSummary';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';
import { SubmissionKeys } from '../../returns/idempotency';
import { rememberSignOffRole, rememberedSignOffRole } from '../../returns/remembered-sign-off';
import type { SessionUser } from '../../session';
import type { ReturnContext } from './load-return';
import { SignOffForm } from './SignOffForm';
import { checkSignOff, describeSubmitProblems } from './submit-problems';

type Failure = { problems: FieldError[]; detail?: string };

/**
 * Sign-off and submission, for approvers. Each attempt carries an Idempotency-Key; a
 * retry after no answer reuses it, so a return is never submitted twice.
 */
export function SubmitSection(props: {
  user: SessionUser;
  laCode: string;
  period: string;
  context: ReturnContext;
  /** The error summary goes at the top of the page: the page renders it. */
  renderErrors: (summary: ComponentChildren) => void;
}) {
  const { user, laCode, period, context, renderErrors } = props;
  const [signOff, setSignOff] = useState<SignOff>(() => ({
    name: user.name,
    role: rememberedSignOffRole(user.sub),
  }));
  const [failure, setFailure] = useState<Failure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const keys = useRef(new SubmissionKeys());
  const attemptRef = useRef(0);

  const show = (next: Failure | null) => {
    setFailure(next);
    attemptRef.current += 1;
    if (!next) return renderErrors(null);
    const problems = describeSubmitProblems(next.problems, {
      laCode,
      period,
      conditions: context.agreement.conditions,
      mitigations: context.agreement.mitigations,
      content: context.content,
    });
    renderErrors(
      <ErrorSummary
        key={attemptRef.current}
        title={
          next.detail && problems.length === 0
            ? 'The return could not be submitted'
            : 'There is a problem'
        }
        {...(next.detail ? { description: next.detail } : {})}
        errors={problems}
      />,
    );
  };

  async function submit() {
    if (submitting) return;
    const own = checkSignOff(signOff);
    if (own.length > 0) return show({ problems: own });
    const body = { name: signOff.name.trim(), role: signOff.role.trim() };
    const key = keys.current.keyFor(body);
    setSubmitting(true);
    try {
      await submitReturn(laCode, period, body, key);
      keys.current.settled(200);
      rememberSignOffRole(user.sub, body.role);
      navigate(paths.returnSubmitted(laCode, period));
    } catch (error) {
      const problem = asProblem(error);
      keys.current.settled(problem.status);
      show({
        problems: problem.errors ?? [],
        detail:
          problem.status === 0 || problem.status >= 500
            ? `${problem.detail} Your return may not have been submitted: submit it again and it will be submitted once.`
            : problem.detail,
      });
      setSubmitting(false);
    }
  }

  const byField: Record<string, string> = {};
  for (const problem of failure?.problems ?? []) {
    if (problem.path.startsWith('signOff.')) {
      const [described] = describeSubmitProblems([problem], {
        laCode,
        period,
        conditions: [],
        content: {},
      });
      byField[problem.path.replace('.', '-')] = described?.message ?? problem.message;
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <SignOffForm value={signOff} onChange={setSignOff} errors={byField} />
      <button type="submit" class="govuk-button" disabled={submitting}>
        Submit return
      </button>
    </form>
  );
}
