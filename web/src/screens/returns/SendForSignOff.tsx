import type { ComponentChildren } from 'preact';
import { markReadyForSignOff, type ReturnDetail } from '../../api/returns';
import { ActionForm, useFormErrors } from '../../components/ActionForm';
import { formatDateTime } from '../../format';
import { setFlash } from '../../flash';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';
import { periodName } from '../../display/labels';

/**
 * The editor's hand-off: the return is complete, so they send it to the approver, who
 * sees it waiting on their home page. Any later change takes it back.
 */
export function SendForSignOff(props: {
  laCode: string;
  period: string;
  detail: ReturnDetail;
  onErrors: (summary: ComponentChildren) => void;
}) {
  const { laCode, period, detail, onErrors } = props;
  const form = useFormErrors(onErrors);
  const ready = detail.readyForSignOff;
  async function send() {
    try {
      await markReadyForSignOff(laCode, period, detail.version);
      setFlash({
        heading: 'Return sent for sign-off',
        body: `The council’s approvers see the return for ${periodName(period)} waiting for them when they sign in.`,
      });
      navigate(paths.returnPage(laCode, period));
    } catch (error) {
      form.failWith(error);
    }
  }
  return (
    <>
      <h2 class="govuk-heading-m">Send for sign-off</h2>
      {ready ? (
        <div class="govuk-inset-text" data-testid="ready-for-sign-off">
          Sent for sign-off by {ready.by.name ?? ready.by.sub} on {formatDateTime(ready.at)}. A
          council approver (the director of children’s services or the section 151 officer) signs it
          off and submits it to DfE. Changing any answer takes it back.
        </div>
      ) : (
        <>
          <p class="govuk-body">
            A council approver (the director of children’s services or the section 151 officer)
            signs off this return and submits it to DfE. Send it to them when your answers are
            right: they see it waiting on their home page.
          </p>
          <ActionForm submitLabel="Send for sign-off" onSubmit={send}>
            {null}
          </ActionForm>
        </>
      )}
    </>
  );
}
