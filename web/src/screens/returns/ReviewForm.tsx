import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FieldError } from '../../../../shared/domain';
import { reviewReturn } from '../../api/returns';
import { ActionForm, useFormErrors } from '../../components/ActionForm';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { setFlash } from '../../flash';
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
  const form = useFormErrors(onErrors);

  async function send() {
    const own: FieldError[] = [];
    if (!decision)
      own.push({ path: 'decision', message: 'Select whether to accept or return the return' });
    if (decision === 'return' && !comments.trim()) {
      own.push({ path: 'comments', message: 'Enter comments to say why the return is sent back' });
    }
    if (own.length > 0) return form.fail(own);
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
      form.failWith(error, LABELS);
    }
  }

  return (
    <>
      <ActionForm submitLabel="Confirm decision" onSubmit={send}>
        <Radios
          id="decision"
          legend="Your decision"
          legendClass="govuk-fieldset__legend--m"
          error={form.error('decision')}
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
          error={form.error('comments')}
          value={comments}
          onInput={setComments}
          maxLength={4000}
        />
      </ActionForm>
    </>
  );
}
