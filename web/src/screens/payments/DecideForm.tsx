import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type FieldError, formatMillions } from '../../../../shared/domain';
import type { TrancheDecisionKind } from '../../../../shared/schemas/agreement';
import { asProblem } from '../../api/client';
import { decideTranche, type TrancheView } from '../../api/tranches';
import { ActionForm, useFormErrors } from '../../components/ActionForm';
import { Checkboxes } from '../../components/Checkboxes';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { setFlash } from '../../flash';
import {
  DECISION_HINTS,
  DECISION_NAMES,
  blockingConditionIds,
  decisionChoices,
} from '../../payments/decisions';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';

const DONE: Record<TrancheDecisionKind, string> = {
  release: 'Payment released',
  withhold: 'Payment withheld',
  suspend: 'Payment suspended',
};

/**
 * DfE's decision on a payment. A release the API refuses because linked conditions are
 * at risk, not met or unassessed names them; DfE may then override, with its reason.
 */
export function DecideForm(props: {
  laCode: string;
  tranche: TrancheView;
  conditionTitles: Map<string, string>;
  onErrors: (summary: ComponentChildren) => void;
}) {
  const { laCode, tranche, conditionTitles, onErrors } = props;
  const [decision, setDecision] = useState<TrancheDecisionKind | ''>('');
  const [reason, setReason] = useState('');
  const [blocking, setBlocking] = useState<string[]>([]);
  const [override, setOverride] = useState(false);
  const form = useFormErrors(onErrors);

  async function send() {
    const own: FieldError[] = [];
    if (!decision) own.push({ path: 'decision', message: 'Select your decision' });
    if (!reason.trim()) own.push({ path: 'reason', message: 'Enter the reason for the decision' });
    if (own.length > 0) return form.fail(own);
    const chosen = decision as TrancheDecisionKind;
    try {
      await decideTranche(
        laCode,
        tranche.id,
        {
          decision: chosen,
          reason: reason.trim(),
          ...(chosen === 'release' && override ? { override: true } : {}),
        },
        tranche.version,
      );
      setFlash({
        heading: DONE[chosen],
        body: `The ${tranche.financialYear} payment of ${formatMillions(tranche.amount)} (${tranche.id}).`,
      });
      navigate(paths.payments(laCode));
    } catch (error) {
      const problem = asProblem(error);
      const ids = blockingConditionIds(problem.errors);
      if (problem.status === 409 && ids.length > 0) {
        setBlocking(ids);
        return form.fail(
          [
            {
              path: 'override',
              message: `The payment cannot be released while ${ids.length === 1 ? 'this condition is' : 'these conditions are'} at risk, not met or not yet assessed: ${ids.map((id) => conditionTitles.get(id) ?? id).join('; ')}. Assess the conditions, or release it anyway with your reason.`,
            },
          ],
          { title: 'The payment was not released' },
        );
      }
      form.failWith(error, { reason: 'The reason' });
    }
  }

  const choices = decisionChoices(tranche.status);
  return (
    <ActionForm submitLabel="Confirm decision" onSubmit={send}>
      <Radios
        id="decision"
        legend="Your decision"
        legendClass="govuk-fieldset__legend--m"
        error={form.error('decision')}
        choices={choices.map((c) => ({
          value: c,
          label: DECISION_NAMES[c],
          hint: DECISION_HINTS[c],
        }))}
        value={decision}
        onChange={(value) => setDecision(value as TrancheDecisionKind)}
      />
      <Textarea
        id="reason"
        label="Reason"
        labelClass="govuk-label--m"
        hint="The council sees it, and it is kept with the decision."
        error={form.error('reason')}
        value={reason}
        onInput={setReason}
        maxLength={2000}
      />
      {blocking.length > 0 && decision === 'release' && (
        <Checkboxes
          id="override"
          legend="Release over the conditions"
          legendClass="govuk-fieldset__legend--m"
          hint="Only if there is good reason to pay despite the conditions. Your reason above is recorded with the override."
          error={form.error('override')}
          choices={[{ value: 'override', label: 'Release the payment anyway' }]}
          values={override ? ['override'] : []}
          onChange={(values) => setOverride(values.includes('override'))}
        />
      )}
    </ActionForm>
  );
}
