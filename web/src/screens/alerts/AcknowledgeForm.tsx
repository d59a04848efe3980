import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { acknowledgeAlert, type Alert } from '../../api/alerts';
import { ActionForm, useFormErrors } from '../../components/ActionForm';
import { Textarea } from '../../components/Textarea';
import { ALERT_RULE_NAMES } from '../../display/labels';
import { setFlash } from '../../flash';
import { navigate } from '../../router';

/** The note that acknowledges an alert. */
export function AcknowledgeForm(props: {
  alert: Alert;
  back: string;
  onErrors: (summary: ComponentChildren) => void;
}) {
  const { alert, back, onErrors } = props;
  const [note, setNote] = useState('');
  const form = useFormErrors(onErrors);

  async function send() {
    if (!note.trim()) {
      return form.fail([
        { path: 'note', message: 'Enter a note to say what is being done about the alert' },
      ]);
    }
    try {
      await acknowledgeAlert(alert.laCode, alert.id, note.trim(), alert.version);
      setFlash({
        heading: 'Alert acknowledged',
        body: `${ALERT_RULE_NAMES[alert.rule]}: ${note.trim()}`,
      });
      navigate(back);
    } catch (caught) {
      form.failWith(caught, { note: 'The note' });
    }
  }

  return (
    <ActionForm submitLabel="Acknowledge alert" onSubmit={send}>
      <Textarea
        id="note"
        label="Note"
        labelClass="govuk-label--m"
        hint="What is being done about it. DfE and the council both see the note."
        error={form.error('note')}
        value={note}
        onInput={setNote}
        maxLength={2000}
      />
    </ActionForm>
  );
}
