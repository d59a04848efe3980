import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../../../shared/domain';
import { asProblem } from '../../api/client';
import { reviewReturn } from '../../api/returns';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { setFlash } from '../../flash';
import { fieldMessage } from '../../returns/messages';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';

type Decision = 'accept' | 'return' | '';

const LABELS: Record<string, string> = { decision: 'Your decision', comments: 'Comments' };

/** DfE's decision on a submitted return: accept it, or send it back with comments. */
export function ReviewForm(props: {
  laCode: string;
  period: string;
  councilName: string;
  /** Shows the error summary above the page's heading (the page draws it); null clears it. */
  onErrors: (summary: ComponentChildren) => void;
}) {
  const { laCode, period, councilName, onErrors } = props;
  const [decision, setDecision] = useState<Decision>('');
  const [comments, setComments] = useState('');
  const [problems, setProblems] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  const attemptRef = useRef(0);

  const fail = (errors: FieldError[], detail: string | null = null) => {
    setProblems(errors);
    attemptRef.current += 1;
    onErrors(
      <ErrorSummary
        key={attemptRef.current}
        {...(detail && errors.length === 0 ? { description: detail } : {})}
        errors={errors.map((p) => ({
          ...p,
          href:
            p.path === 'decision' ? '#decision' : p.path === 'comments' ? '#comments' : undefined,
        }))}
      />,
    );
  };

  async function send() {
    if (sending) return;
    const own: FieldError[] = [];
    if (!decision)
      own.push({ path: 'decision', message: 'Select whether to accept or return the return' });
    if (decision === 'return' && !comments.trim()) {
      own.push({ path: 'comments', message: 'Enter comments to say why the return is sent back' });
    }
    if (own.length > 0) return fail(own);
    setSending(true);
    try {
      const trimmed = comments.trim();
      await reviewReturn(laCode, period, {
        decision: decision as 'accept' | 'return',
        ...(trimmed ? { comments: trimmed } : {}),
      });
      setFlash(
        decision === 'accept'
          ? { heading: 'Return accepted', body: `${councilName} can see that DfE accepted it.` }
          : {
              heading: `Return sent back to ${councilName}`,
              body: 'The council can see your comments, change the return and submit it again.',
            },
      );
      navigate(paths.returnPage(laCode, period));
    } catch (error) {
      const problem = asProblem(error);
      fail(
        (problem.errors ?? []).map((e) => ({
          path: e.path,
          message: fieldMessage(LABELS[e.path] ?? e.path, e.message),
        })),
        problem.detail,
      );
      setSending(false);
    }
  }

  const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
  return (
    <>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <Radios
          id="decision"
          legend="Your decision"
          legendClass="govuk-fieldset__legend--m"
          error={byPath['decision']}
          choices={[
            { value: 'accept', label: 'Accept the return' },
            {
              value: 'return',
              label: 'Return it to the council',
              hint: 'The council can change the return and submit it again.',
            },
          ]}
          value={decision}
          onChange={(value) => setDecision(value as Decision)}
        />
        <Textarea
          id="comments"
          label="Comments"
          labelClass="govuk-label--m"
          hint="Needed if you return it: say what the council should change. The council sees your comments."
          error={byPath['comments']}
          value={comments}
          onInput={setComments}
          maxLength={4000}
        />
        <button type="submit" class="govuk-button" disabled={sending}>
          Confirm decision
        </button>
      </form>
    </>
  );
}
