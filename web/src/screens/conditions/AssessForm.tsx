import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FieldError } from '../../../../shared/domain';
import type { ConditionStatus } from '../../../../shared/schemas/return-content';
import type { ConditionView } from '../../../../shared/schemas/condition-view';
import { assessCondition } from '../../api/conditions';
import { ActionForm, useFormErrors, type FieldLabels } from '../../components/ActionForm';
import { ConditionStatusTag } from '../../components/ConditionStatusTag';
import { Radios } from '../../components/Radios';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { CONDITION_STATUS_HINTS, CONDITION_STATUS_NAMES, periodName } from '../../display/labels';
import { setFlash } from '../../flash';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';

const STATUSES = Object.keys(CONDITION_STATUS_NAMES) as ConditionStatus[];
const LABELS: FieldLabels = {
  period: ['The period', 'Select'],
  status: ['The status', 'Select'],
  note: ['The note', 'Enter'],
};

/** DfE's assessment of a condition for a period: a status and a note. */
export function AssessForm(props: {
  laCode: string;
  condition: ConditionView;
  periods: string[];
  initialPeriod: string;
  onErrors: (summary: ComponentChildren) => void;
}) {
  const { laCode, condition, periods, initialPeriod, onErrors } = props;
  const [period, setPeriod] = useState(initialPeriod);
  const [status, setStatus] = useState<ConditionStatus | ''>('');
  const [note, setNote] = useState('');
  const form = useFormErrors(onErrors);
  const reported = condition.history.find((h) => h.period === period)?.councilStatus;

  async function send() {
    const own: FieldError[] = [];
    if (!status) own.push({ path: 'status', message: 'Select your assessment of the condition' });
    if (!note.trim()) own.push({ path: 'note', message: 'Enter a note to explain the assessment' });
    if (own.length > 0) return form.fail(own);
    try {
      await assessCondition(laCode, condition.id, {
        period,
        status: status as ConditionStatus,
        note: note.trim(),
      });
      setFlash({
        heading: 'Assessment recorded',
        body: `${condition.title}: ${CONDITION_STATUS_NAMES[status as ConditionStatus].toLowerCase()} for ${periodName(period)}.`,
      });
      navigate(paths.conditions(laCode));
    } catch (error) {
      form.failWith(error, LABELS);
    }
  }

  return (
    <ActionForm submitLabel="Record assessment" onSubmit={send}>
      <Select
        id="period"
        label="Period"
        labelClass="govuk-label--s"
        error={form.error('period')}
        choices={periods.map((p) => ({ value: p, label: periodName(p) }))}
        value={period}
        onChange={setPeriod}
      />
      <div class="govuk-inset-text" aria-live="polite">
        {reported ? (
          <>
            The council reported this condition as <ConditionStatusTag status={reported.status} />{' '}
            for {periodName(period)}
            {reported.statement && (
              <span class="app-cell-note app-multiline">“{reported.statement}”</span>
            )}
            {reported.evidence && (
              <span class="app-cell-note app-multiline">Evidence: {reported.evidence}</span>
            )}
          </>
        ) : (
          `The council has not reported on this condition for ${periodName(period)}.`
        )}
      </div>
      <Radios
        id="status"
        legend="Your assessment"
        legendClass="govuk-fieldset__legend--s"
        error={form.error('status')}
        choices={STATUSES.map((s) => ({
          value: s,
          label: CONDITION_STATUS_NAMES[s],
          hint: CONDITION_STATUS_HINTS[s],
        }))}
        value={status}
        onChange={(value) => setStatus(value as ConditionStatus)}
      />
      <Textarea
        id="note"
        label="Note"
        labelClass="govuk-label--s"
        hint="Why you made this assessment. The council sees it."
        error={form.error('note')}
        value={note}
        onInput={setNote}
        maxLength={4000}
      />
    </ActionForm>
  );
}
