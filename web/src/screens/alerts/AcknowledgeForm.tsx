import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { acknowledgeAlert, type Alert } from '../../api/alerts';
import { asProblem } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Textarea } from '../../components/Textarea';
import { ALERT_RULE_NAMES } from '../../display/labels';
import { setFlash } from '../../flash';
import { fieldMessage } from '../../returns/messages';
import { navigate } from '../../router';

/** The note that acknowledges an alert. */
export function AcknowledgeForm(props: {
  alert: Alert;
  back: string;
  onErrors: (summary: ComponentChildren) => void;
}) {
  const { alert, back, onErrors } = props;
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const attemptRef = useRef(0);

  const fail = (message: string | undefined, detail?: string) => {
    setError(message);
    attemptRef.current += 1;
    onErrors(
      <ErrorSummary
        key={attemptRef.current}
        {...(detail ? { description: detail } : {})}
        errors={message ? [{ path: 'note', message, href: '#note' }] : []}
      />,
    );
  };

  async function send() {
    if (sending) return;
    if (!note.trim()) return fail('Enter a note to say what is being done about the alert');
    setSending(true);
    try {
      await acknowledgeAlert(alert.laCode, alert.id, note.trim(), alert.version);
      setFlash({
        heading: 'Alert acknowledged',
        body: `${ALERT_RULE_NAMES[alert.rule]}: ${note.trim()}`,
      });
      navigate(back);
    } catch (caught) {
      const problem = asProblem(caught);
      setSending(false);
      const noteProblem = problem.errors?.find((e) => e.path === 'note');
      fail(
        noteProblem ? fieldMessage('The note', noteProblem.message) : undefined,
        noteProblem ? undefined : problem.detail,
      );
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Textarea
        id="note"
        label="Note"
        labelClass="govuk-label--m"
        hint="What is being done about it. DfE and the council both see the note."
        error={error}
        value={note}
        onInput={setNote}
        maxLength={2000}
      />
      <button type="submit" class="govuk-button" disabled={sending}>
        Acknowledge alert
      </button>
    </form>
  );
}
