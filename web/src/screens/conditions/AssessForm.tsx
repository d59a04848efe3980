import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../../../shared/domain';
import type { ConditionStatus } from '../../../../shared/schemas/return-content';
import type { ConditionView } from '../../../../shared/schemas/condition-view';
import { asProblem } from '../../api/client';
import { assessCondition } from '../../api/conditions';
import { ConditionStatusTag } from '../../components/ConditionStatusTag';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { CONDITION_STATUS_HINTS, CONDITION_STATUS_NAMES, periodName } from '../../display/labels';
import { setFlash } from '../../flash';
import { fieldMessage } from '../../returns/messages';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';

const STATUSES = Object.keys(CONDITION_STATUS_NAMES) as ConditionStatus[];
const LABELS: Record<string, [string, string]> = {
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
  const [problems, setProblems] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  const attemptRef = useRef(0);
  const reported = condition.history.find((h) => h.period === period)?.councilStatus;

  const fail = (errors: FieldError[], detail?: string) => {
    setProblems(errors);
    attemptRef.current += 1;
    onErrors(
      <ErrorSummary
        key={attemptRef.current}
        {...(detail && errors.length === 0 ? { description: detail } : {})}
        errors={errors.map((e) => ({ ...e, href: `#${e.path}` }))}
      />,
    );
  };

  async function send() {
    if (sending) return;
    const own: FieldError[] = [];
    if (!status) own.push({ path: 'status', message: 'Select your assessment of the condition' });
    if (!note.trim()) own.push({ path: 'note', message: 'Enter a note to explain the assessment' });
    if (own.length > 0) return fail(own);
    setSending(true);
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
      const problem = asProblem(error);
      setSending(false);
      fail(
        (problem.errors ?? []).map((e) => {
          const [label, action] = LABELS[e.path] ?? [e.path, 'Enter'];
          return { path: e.path, message: fieldMessage(label, e.message, action) };
        }),
        problem.detail,
      );
    }
  }

  const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Select
        id="period"
        label="Period"
        labelClass="govuk-label--s"
        error={byPath['period']}
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
          </>
        ) : (
          `The council has not reported on this condition for ${periodName(period)}.`
        )}
      </div>
      <Radios
        id="status"
        legend="Your assessment"
        legendClass="govuk-fieldset__legend--s"
        error={byPath['status']}
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
        error={byPath['note']}
        value={note}
        onInput={setNote}
        maxLength={4000}
      />
      <button type="submit" class="govuk-button" disabled={sending}>
        Record assessment
      </button>
    </form>
  );
}
